import asyncio


async def fragile_worker(queue):
    while True:
        item = await queue.get()
        if item == 2:
            raise ValueError("坏条目")  # 错误：跳过了下面的 task_done()
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    queue.put_nowait("a")
    queue.get_nowait()
    queue.task_done()
    try:
        queue.task_done()  # 多调用了一次
    except ValueError:
        print("多调用一次 task_done()：ValueError")
        #> 多调用一次 task_done()：ValueError

    for item in (1, 2, 3):
        queue.put_nowait(item)
    worker = asyncio.create_task(fragile_worker(queue))
    try:
        await asyncio.wait_for(queue.join(), timeout=0.1)
    except asyncio.TimeoutError:
        print("消费者出错后 join()：0.1 秒内没有返回")
        #> 消费者出错后 join()：0.1 秒内没有返回
    print(f"消费者已结束：{worker.done()}，队列中剩余：{queue.qsize()}")
    #> 消费者已结束：True，队列中剩余：1
    try:
        await worker
    except ValueError:
        pass


asyncio.run(main())
