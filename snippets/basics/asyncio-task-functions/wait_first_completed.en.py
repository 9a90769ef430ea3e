import asyncio


async def worker(hops):
    for _ in range(hops):
        await asyncio.sleep(0)  # one hop = one loop iteration
    return hops


async def main():
    tasks = [
        asyncio.create_task(worker(hops), name=name)
        for name, hops in [("slow", 6), ("fast", 1), ("medium", 3)]
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print("done:", sorted(t.get_name() for t in done))
    #> done: ['fast']
    print("pending:", sorted(t.get_name() for t in pending))
    #> pending: ['medium', 'slow']
    print("fast returned", tasks[1].result())
    #> fast returned 1

    # wait() cancelled nothing: clean up the pending tasks ourselves.
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))
    #> cancelled: ['medium', 'slow']


asyncio.run(main())
