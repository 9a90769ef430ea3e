import asyncio


async def ok():
    await asyncio.sleep(0)
    return 42


async def boom():
    raise ValueError("输入有误")


async def forever():
    await asyncio.Event().wait()


async def main():
    task = asyncio.create_task(ok())
    for method in (task.result, task.exception):
        try:
            method()
        except asyncio.InvalidStateError:
            print(f"取得太早：{method.__name__}() -> InvalidStateError")
            #> 取得太早：result() -> InvalidStateError
            #> 取得太早：exception() -> InvalidStateError
    await task
    print(f"result()：{task.result()}，exception()：{task.exception()}")
    #> result()：42，exception()：None

    failed = asyncio.create_task(boom())
    await asyncio.sleep(0)  # 让出一轮：boom 运行并失败
    exc = failed.exception()
    print(f"exception()：{type(exc).__name__}（{exc}）")
    #> exception()：ValueError（输入有误）
    try:
        failed.result()
    except ValueError as e:
        print(f"result() 重新抛出：{type(e).__name__}")
        #> result() 重新抛出：ValueError

    stuck = asyncio.create_task(forever())
    await asyncio.sleep(0)
    stuck.cancel()
    await asyncio.sleep(0)  # 让出一轮：stuck 收到取消并结束
    print(f"cancelled()：{stuck.cancelled()}")
    #> cancelled()：True
    for method in (stuck.result, stuck.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(f"{method.__name__}() 抛出 CancelledError")
            #> result() 抛出 CancelledError
            #> exception() 抛出 CancelledError


asyncio.run(main())
