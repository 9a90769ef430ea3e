import asyncio


async def main():
    cond = asyncio.Condition()
    jobs = []
    log = []

    async def consumer(name):
        async with cond:
            # wait until the condition holds; returns the predicate's value
            await cond.wait_for(lambda: jobs)
            job = jobs.pop(0)
        log.append(f"{name}:{job}")

    tasks = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)  # all three consumers are waiting

    async with cond:
        jobs.append("a")
        jobs.append("b")
        cond.notify(2)  # two jobs: wake only two consumers
    await asyncio.gather(*tasks[:2])  # FIFO: c1 and c2 are the ones woken
    print(f"first batch: {log}")
    #> first batch: ['c1:a', 'c2:b']
    print(f"c3 still waiting: {not tasks[2].done()}")
    #> c3 still waiting: True

    async with cond:
        jobs.append("c")
        cond.notify_all()  # wake everyone still waiting
    await asyncio.gather(*tasks)
    print(f"all: {log}")
    #> all: ['c1:a', 'c2:b', 'c3:c']


asyncio.run(main())
