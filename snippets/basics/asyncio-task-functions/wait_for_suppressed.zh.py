import asyncio


async def stubborn():
    try:
        await asyncio.Event().wait()  # 永远不会被 set：超时必然触发
    except asyncio.CancelledError:
        await asyncio.sleep(0)  # 本身也要 await 的清理
        print("内层：吞掉了取消，清理完毕")
        #> 内层：吞掉了取消，清理完毕
        return "部分结果"


async def runs_in(caller):
    return asyncio.current_task() is caller


async def never_started():
    print("不会打印")


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=0.01)
    print(f"wait_for 返回：{result}")  # 没有 TimeoutError
    #> wait_for 返回：部分结果

    caller = asyncio.current_task()
    same = await asyncio.wait_for(runs_in(caller), timeout=10)
    print(f"协程在调用者的任务中运行：{same}")  # 3.12+
    #> 协程在调用者的任务中运行：True

    try:
        await asyncio.wait_for(never_started(), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0：协程还没开始就抛出 TimeoutError")
        #> timeout=0：协程还没开始就抛出 TimeoutError
    alias = asyncio.TimeoutError is TimeoutError  # 3.11+：同一个类
    print(f"asyncio.TimeoutError is TimeoutError：{alias}")
    #> asyncio.TimeoutError is TimeoutError：True


asyncio.run(main())
