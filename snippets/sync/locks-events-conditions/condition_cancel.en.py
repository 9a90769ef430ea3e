import asyncio


async def main():
    cond = asyncio.Condition()
    jobs = []
    got = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: jobs)
            got.append(f"{name}:{jobs.pop(0)}")

    c1 = asyncio.create_task(consumer("c1"))
    c2 = asyncio.create_task(consumer("c2"))
    await asyncio.sleep(0)  # c1 and c2 are both in wait()

    async with cond:
        jobs.append("a")
        cond.notify(1)  # wake only c1, first in the queue...
        c1.cancel()  # ...and c1 is cancelled before it wakes up
    await asyncio.gather(c1, return_exceptions=True)
    for _ in range(5):  # give c2 a few turns
        await asyncio.sleep(0)

    print(f"c2 done: {c2.done()}, result: {got}")
    #> c2 done: True, result: ['c2:a']
    if not c2.done():
        c2.cancel()  # the wake-up was lost: c2 would wait forever
        await asyncio.gather(c2, return_exceptions=True)


asyncio.run(main())
