import asyncio


async def job(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def fail():
    await asyncio.sleep(0)
    raise ValueError("坏数据")


async def main():
    slow = asyncio.create_task(job("slow", 10))
    g = asyncio.gather(fail(), slow)
    try:
        await g
    except ValueError as e:
        print(f"gather 抛出 ValueError：{e}")
        #> gather 抛出 ValueError：坏数据
    # gather 已经完成：再取消它也不会波及 slow
    print(f"g.cancel() 返回：{g.cancel()}")
    #> g.cancel() 返回：False
    print(f"slow 还在运行：{not slow.done()}")
    #> slow 还在运行：True
    print(f"slow 的结果：{await slow}")
    #> slow 的结果：slow

    # 取消 gather 本身：尚未完成的子任务都被取消
    x = asyncio.create_task(job("x", 5))
    y = asyncio.create_task(job("y", 5))
    g = asyncio.gather(x, y)
    await asyncio.sleep(0)
    print(f"g.cancel() 返回：{g.cancel()}")
    #> g.cancel() 返回：True
    try:
        await g
    except asyncio.CancelledError:
        print("await g 抛出 CancelledError")
        #> await g 抛出 CancelledError
    print(f"x、y 被取消：{x.cancelled()} {y.cancelled()}")
    #> x、y 被取消：True True


asyncio.run(main())
