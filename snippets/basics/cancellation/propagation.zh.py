import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print(f"{name}：收到 CancelledError")
        #> child：收到 CancelledError
        #> child：收到 CancelledError
        raise


async def parent(child):
    try:
        await child  # 等待另一个任务
    except asyncio.CancelledError:
        print("parent：await child 抛出 CancelledError")
        #> parent：await child 抛出 CancelledError
        #> parent：await child 抛出 CancelledError
        raise


async def main():
    # 向下：取消 parent，它正在等待的 child 也被取消
    child = asyncio.create_task(leaf("child"))
    outer = asyncio.create_task(parent(child))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print("向下：child.cancelled() =", child.cancelled())
    #> 向下：child.cancelled() = True

    # 向上：只取消 child，等待它的 parent 也以取消告终
    child = asyncio.create_task(leaf("child"))
    outer = asyncio.create_task(parent(child))
    await asyncio.sleep(0)
    child.cancel()
    results = await asyncio.gather(outer, return_exceptions=True)
    print("向上：outer.cancelled() =", outer.cancelled())
    #> 向上：outer.cancelled() = True
    print(f"gather 收集到：{type(results[0]).__name__}")
    #> gather 收集到：CancelledError


asyncio.run(main())
