import asyncio


async def worker(hops):
    for _ in range(hops):
        await asyncio.sleep(0)  # 一跳 = 事件循环的一轮
    return hops


async def main():
    tasks = [
        asyncio.create_task(worker(hops), name=name)
        for name, hops in [("slow", 6), ("fast", 1), ("medium", 3)]
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print("已完成：", sorted(t.get_name() for t in done))
    #> 已完成： ['fast']
    print("未完成：", sorted(t.get_name() for t in pending))
    #> 未完成： ['medium', 'slow']
    print("fast 返回", tasks[1].result())
    #> fast 返回 1

    # wait() 没有取消任何任务：未完成的任务由我们自己清理。
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("已取消：", sorted(t.get_name() for t in pending if t.cancelled()))
    #> 已取消： ['medium', 'slow']


asyncio.run(main())
