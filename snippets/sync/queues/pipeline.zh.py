# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def handle(item):
    """处理一个条目；这里代替真实的 I/O。"""
    await asyncio.sleep(0)
    if item == 3:
        raise ValueError(f"坏条目 {item}")
    return item * 10


async def worker(queue, results, errors):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            return  # 队列已关闭且取空：正常退出
        try:
            results[item] = await handle(item)
        except Exception as exc:  # 一个坏条目不能让消费者退出
            errors[item] = type(exc).__name__
        finally:
            queue.task_done()  # 无论成败都要调用，否则 join() 永远等下去


async def run_pipeline(items, workers=3, maxsize=2):
    queue = asyncio.Queue(maxsize)  # 有界：队列满时 put() 等待（背压）
    results, errors = {}, {}
    async with asyncio.TaskGroup() as tg:
        for _ in range(workers):
            tg.create_task(worker(queue, results, errors))
        for item in items:
            await queue.put(item)
        await queue.join()  # 每个放进去的条目都处理完了
        queue.shutdown()  # 消费者取完剩余条目后收到 QueueShutDown
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
