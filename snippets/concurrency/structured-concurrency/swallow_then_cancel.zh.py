# /// script
# requires-python = ">=3.15"
# ///
import asyncio


async def work(fix):
    me = asyncio.current_task()
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        if fix:
            me.uncancel()  # 真要吞掉，就把取消计数减回去
    # 吞掉取消之后，继续用任务组做事
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(3600))
            tg.cancel()  # 正常地提前结束任务组
        return "任务组正常退出"
    except asyncio.CancelledError:
        return "CancelledError 冲出了 async with"


async def main():
    for fix in (False, True):
        task = asyncio.create_task(work(fix))
        await asyncio.sleep(0)  # 让 work 进入 sleep
        task.cancel()  # 这次取消会被 work 吞掉
        print(f"调用 uncancel()：{fix}，结果：{await task}")
        #> 调用 uncancel()：False，结果：CancelledError 冲出了 async with
        #> 调用 uncancel()：True，结果：任务组正常退出


asyncio.run(main())
