import asyncio


async def worker(yields):
    for _ in range(yields):
        await asyncio.sleep(0)  # each yield = one loop iteration
    return yields


async def main():
    tasks = [
        asyncio.create_task(worker(yields), name=name)
        for name, yields in [("slow", 6), ("fast", 1), ("medium", 3)]
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print(f"done: {sorted(t.get_name() for t in done)}")
    #> done: ['fast']
    print(f"pending: {sorted(t.get_name() for t in pending)}")
    #> pending: ['medium', 'slow']
    print(f"fast returned: {tasks[1].result()}")
    #> fast returned: 1

    # wait() cancelled nothing: clean up the pending tasks ourselves.
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    cancelled = sorted(t.get_name() for t in pending if t.cancelled())
    print(f"cancelled: {cancelled}")
    #> cancelled: ['medium', 'slow']


asyncio.run(main())
