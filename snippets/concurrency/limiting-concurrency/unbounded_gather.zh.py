import asyncio

N = 100  # 作业数；真实场景可能是几十万个 URL
LIMIT = 5
running = peak = 0  # 正在处理的作业数，以及它的最大值
tasks_alive = 0  # 第一个作业开始时，存在多少个任务


async def job(i):
    global running, peak, tasks_alive
    if i == 0:
        tasks_alive = len(asyncio.all_tasks())
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0)  # 真实代码在这里等网络
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
        await queue.put(i)  # 队列满了就等：背压
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)


async def main():
    global peak
    for name, way in [
        ("gather", unbounded),
        ("Semaphore", with_semaphore),
        ("工作池", with_pool),
    ]:
        peak = 0
        await way()
        print(f"{name}：任务数 {tasks_alive}，最大并发 {peak}")
        #> gather：任务数 101，最大并发 100
        #> Semaphore：任务数 101，最大并发 5
        #> 工作池：任务数 6，最大并发 5


asyncio.run(main())
