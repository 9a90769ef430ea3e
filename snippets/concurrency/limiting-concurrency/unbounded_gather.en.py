import asyncio

N = 100  # jobs; in real life, maybe 100,000 URLs
LIMIT = 5
running = peak = 0  # jobs in progress, and the most at once
tasks_alive = 0  # how many tasks exist when job 0 starts


async def job(i):
    global running, peak, tasks_alive
    if i == 0:
        tasks_alive = len(asyncio.all_tasks())
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0)  # real code waits for the network here
    running -= 1


async def unbounded():
    await asyncio.gather(*(job(i) for i in range(N)))


async def with_semaphore():
    sem = asyncio.Semaphore(LIMIT)

    async def one(i):
        async with sem:
            await job(i)

    await asyncio.gather(*(one(i) for i in range(N)))


async def with_pool():
    queue = asyncio.Queue(maxsize=2 * LIMIT)

    async def work():
        while (i := await queue.get()) is not None:
            await job(i)

    workers = [asyncio.create_task(work()) for _ in range(LIMIT)]
    for i in range(N):
        await queue.put(i)  # waits while the queue is full: backpressure
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)


async def main():
    global peak
    for name, way in [
        ("gather", unbounded),
        ("Semaphore", with_semaphore),
        ("worker pool", with_pool),
    ]:
        peak = 0
        await way()
        print(f"{name}: tasks {tasks_alive}, max concurrent {peak}")
        #> gather: tasks 101, max concurrent 100
        #> Semaphore: tasks 101, max concurrent 5
        #> worker pool: tasks 6, max concurrent 5


asyncio.run(main())
