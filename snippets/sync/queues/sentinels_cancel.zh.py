import asyncio

STOP = object()
reached = asyncio.Event()  # 条目 4 开始处理时置位
interrupted = []


async def handle(item):
    if item == 4:
        reached.set()
        try:
            # 条目 4 很慢：一个永远不完成的 future 代替卡住的 I/O
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            interrupted.append(item)
            raise
    await asyncio.sleep(0)
    return item * 10


async def produce(queue, items, workers):
    for item in items:
        await queue.put(item)
    for _ in range(workers):
        await queue.put(STOP)


async def worker(queue, results, errors):
    while True:
        item = await queue.get()
        try:
            if item is STOP:
                return
            results[item] = await handle(item)
        except Exception as exc:
            errors[item] = type(exc).__name__
        finally:
            queue.task_done()


async def run_pipeline(items, results, workers=2, maxsize=2):
    queue = asyncio.Queue(maxsize)
    errors = {}
    tasks = [asyncio.create_task(produce(queue, items, workers))]
    for _ in range(workers):
        tasks.append(asyncio.create_task(worker(queue, results, errors)))
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors


async def main():
    items = range(1, 9)
    results = {}
    pipeline = asyncio.create_task(run_pipeline(items, results))
    await reached.wait()
    pipeline.cancel()  # 流水线进行到一半时取消
    try:
        await pipeline
    except asyncio.CancelledError:
        print(f"流水线已取消：{pipeline.cancelled()}")
        #> 流水线已取消：True
    print(f"已处理：{sorted(results)}")
    #> 已处理：[1, 2, 3]
    print(f"处理中被打断：{interrupted}")
    #> 处理中被打断：[4]
    done = set(results) | set(interrupted)
    print(f"未处理：{[i for i in items if i not in done]}")
    #> 未处理：[5, 6, 7, 8]
    print(f"剩余任务：{len(asyncio.all_tasks()) - 1}")
    #> 剩余任务：0


asyncio.run(main())
