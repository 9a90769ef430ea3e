import asyncio


async def worker(queue):
    while True:
        n = await queue.get()
        if n == 2:
            raise ValueError(f"job {n} failed")  # task_done() is never called
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in range(5):
        queue.put_nowait(n)
    workers = [asyncio.create_task(worker(queue)) for _ in range(2)]
    try:
        await asyncio.wait_for(queue.join(), timeout=0.1)
    except asyncio.TimeoutError:
        print(f"join() timed out, queue empty: {queue.empty()}")
        #> join() timed out, queue empty: True
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(f"how the workers ended: {[type(r).__name__ for r in results]}")
    #> how the workers ended: ['ValueError', 'CancelledError']


asyncio.run(main())
