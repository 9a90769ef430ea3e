# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(name, queue, log):
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # 队列已关闭，并且已经取空
            log.append(f"{name} 退出")
            return
        try:
            await asyncio.sleep(0)
            log.append(f"{name} 完成 {job}")
        finally:
            queue.task_done()


async def main():
    # 情形 1：shutdown()，已经放进去的工作照样做完
    queue = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in (1, 2)]
    for job in ("订单 1", "订单 2", "订单 3"):
        queue.put_nowait(job)
    queue.shutdown()
    try:
        queue.put_nowait("订单 4")
    except asyncio.QueueShutDown:
        print("关闭之后不能再放入：QueueShutDown")
        #> 关闭之后不能再放入：QueueShutDown
    await asyncio.gather(*workers)
    for line in sorted(log):
        print(f"情形 1：{line}")
        #> 情形 1：w1 完成 订单 1
        #> 情形 1：w1 完成 订单 3
        #> 情形 1：w1 退出
        #> 情形 1：w2 完成 订单 2
        #> 情形 1：w2 退出

    # 情形 2：shutdown(immediate=True)，丢弃还没取走的工作
    queue = asyncio.Queue()
    log = []
    for job in ("订单 1", "订单 2", "订单 3"):
        queue.put_nowait(job)
    queue.shutdown(immediate=True)
    await queue.join()  # 被丢弃的工作也算“完成”，join() 立即返回
    await worker("w1", queue, log)
    print(f"情形 2：{log}，队列中还有 {queue.qsize()} 项")
    #> 情形 2：['w1 退出']，队列中还有 0 项


asyncio.run(main())
