# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def boom():
    raise ValueError("子任务失败")


async def worker(started, give_back):
    me = asyncio.current_task()
    try:
        started.set()
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        if give_back:
            me.uncancel()  # 真要吞掉取消，就把计数还回去
        print("吞掉取消，cancelling() =", me.cancelling())
        #> 吞掉取消，cancelling() = 1
        #> 吞掉取消，cancelling() = 0
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            await asyncio.sleep(3600)  # 被任务组自己的取消打断
    # TaskGroup 抛出的是 ExceptionGroup（3.11 新增的内置异常）
    except Exception as exc:  # noqa: BLE001
        print("任务组抛出", type(exc).__name__)
        #> 任务组抛出 ExceptionGroup
        #> 任务组抛出 ExceptionGroup
    try:
        await asyncio.sleep(0)
        print("之后的 await 正常返回")
        #> 之后的 await 正常返回
    except asyncio.CancelledError:
        print("之后的 await 抛出 CancelledError")
        #> 之后的 await 抛出 CancelledError
        raise


async def main():
    for give_back in (False, True):
        started = asyncio.Event()
        task = asyncio.create_task(worker(started, give_back))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        print("worker cancelled() =", task.cancelled())
        #> worker cancelled() = True
        #> worker cancelled() = False


asyncio.run(main())
