# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import inspect


async def fail():
    await asyncio.sleep(0)
    raise ValueError("坏数据")


async def slow():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("slow 被取消")
        #> slow 被取消
        raise


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail())
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                print("代码块被取消")
                #> 代码块被取消
                raise
    except ExceptionGroup as eg:
        for e in eg.exceptions:
            print(type(eg).__name__, "中有", type(e).__name__, e)
            #> ExceptionGroup 中有 ValueError 坏数据
    print("main 继续运行，cancelling() =", me.cancelling())
    #> main 继续运行，cancelling() = 0

    # 任务组结束之后，不能再添加任务
    coro = slow()
    try:
        tg.create_task(coro)
    except RuntimeError:
        print("create_task 抛出 RuntimeError")
        #> create_task 抛出 RuntimeError
    print(f"协程的状态：{inspect.getcoroutinestate(coro)}")
    #> 协程的状态：CORO_CLOSED
    coro.close()  # 3.11/3.12 不会替我们关闭它


asyncio.run(main())
