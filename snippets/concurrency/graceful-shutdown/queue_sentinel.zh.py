import asyncio

DONE = object()  # 哨兵：一个不会与真实工作混淆的对象


async def worker(name, queue, log):
    while True:
        job = await queue.get()
        try:
            if job is DONE:
                log.append(f"{name} 收到哨兵，退出")
                return
            await asyncio.sleep(0)
            log.append(f"{name} 完成 {job}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in (1, 2)]
    for job in ("订单 1", "订单 2", "订单 3"):
        await queue.put(job)
    # 退出：每个工作者放一个哨兵，排在已有的工作后面
    for _ in workers:
        await queue.put(DONE)
    await asyncio.gather(*workers)
    for line in sorted(log):
        print(line)
        #> w1 完成 订单 1
        #> w1 完成 订单 3
        #> w1 收到哨兵，退出
        #> w2 完成 订单 2
        #> w2 收到哨兵，退出


asyncio.run(main())
