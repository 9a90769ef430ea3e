import asyncio


async def worker(yields):
    for _ in range(yields):
        await asyncio.sleep(0)  # 每次让步，事件循环转一轮
    return yields


async def main():
    tasks = [
        asyncio.create_task(worker(yields), name=name)
        for name, yields in [("slow", 6), ("fast", 1), ("medium", 3)]
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print(f"已完成：{sorted(t.get_name() for t in done)}")
    #> 已完成：['fast']
    print(f"未完成：{sorted(t.get_name() for t in pending)}")
    #> 未完成：['medium', 'slow']
    print(f"fast 返回：{tasks[1].result()}")
    #> fast 返回：1

    # wait() 没有取消任何任务：未完成的任务由我们自己清理。
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    cancelled = sorted(t.get_name() for t in pending if t.cancelled())
    print(f"已取消：{cancelled}")
    #> 已取消：['medium', 'slow']


asyncio.run(main())
