import asyncio

log = []


async def producer(queue):
    for item in range(1, 6):
        await queue.put(item)  # 队列满时在这里等消费者腾出位置
        log.append(f"放入{item}")
    await queue.put(None)  # 哨兵：没有更多条目了


async def consumer(queue):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0)  # 消费者比生产者慢：每个条目多让步 2 次
        await asyncio.sleep(0)
        log.append(f"处理{item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))
    print(f"顺序：{' '.join(log)}")
    #> 顺序：放入1 放入2 放入3 处理1 放入4 处理2 放入5 处理3 处理4 处理5


asyncio.run(main())
