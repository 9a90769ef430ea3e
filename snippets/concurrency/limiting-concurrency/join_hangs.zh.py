import asyncio


async def worker(queue):
    while True:
        n = await queue.get()
        if n == 2:
            raise ValueError(f"作业 {n} 出错")  # task_done() 不会被调用
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in range(5):
        queue.put_nowait(n)
    workers = [asyncio.create_task(worker(queue)) for _ in range(2)]
    try:
        await asyncio.wait_for(queue.join(), timeout=0.1)
    except asyncio.TimeoutError:
        print(f"join() 超时，队列已空：{queue.empty()}")
        #> join() 超时，队列已空：True
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print(f"工作任务的结局：{[type(r).__name__ for r in results]}")
    #> 工作任务的结局：['ValueError', 'CancelledError']


asyncio.run(main())
