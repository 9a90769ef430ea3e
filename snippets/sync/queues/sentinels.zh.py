import asyncio

STOP = object()  # 哨兵：不可能与真实条目相等


async def handle(item):
    """处理一个条目；这里代替真实的 I/O。"""
    await asyncio.sleep(0)
    if item == 3:
        raise ValueError(f"坏条目 {item}")
    return item * 10


async def produce(queue, items, workers):
    for item in items:
        await queue.put(item)  # 队列满时在这里等待（背压）
    for _ in range(workers):
        await queue.put(STOP)  # 每个消费者一个哨兵，排在所有条目之后


async def worker(queue, results, errors):
    while True:
        item = await queue.get()
        try:
            if item is STOP:
                return
            results[item] = await handle(item)
        except Exception as exc:  # 一个坏条目不能让消费者退出
            errors[item] = type(exc).__name__
        finally:
            queue.task_done()


async def run_pipeline(items, workers=3, maxsize=2):
    queue = asyncio.Queue(maxsize)
    results, errors = {}, {}
    tasks = [asyncio.create_task(produce(queue, items, workers))]
    for _ in range(workers):
        tasks.append(asyncio.create_task(worker(queue, results, errors)))
    try:
        await asyncio.gather(*tasks)  # 任何一个失败，这里立即抛出
    finally:
        for task in tasks:  # 失败或被取消时，不留下任何任务
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors


async def main():
    results, errors = await run_pipeline(range(1, 7))
    print(f"结果：{dict(sorted(results.items()))}")
    #> 结果：{1: 10, 2: 20, 4: 40, 5: 50, 6: 60}
    print(f"失败：{errors}")
    #> 失败：{3: 'ValueError'}
    print(f"剩余任务：{len(asyncio.all_tasks()) - 1}")
    #> 剩余任务：0


asyncio.run(main())
