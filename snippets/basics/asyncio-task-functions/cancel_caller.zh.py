import asyncio


async def job(release):
    await release.wait()
    return "完成"


async def through(kind, task):
    """调用者：用 kind 指定的函数等待 task。"""
    if kind == "wait":
        await asyncio.wait([task])
    elif kind == "as_completed":
        for next_done in asyncio.as_completed([task]):
            await next_done
    elif kind == "shield":
        await asyncio.shield(task)
    else:
        await asyncio.wait_for(task, timeout=10)


async def main():
    for kind in ("wait", "as_completed", "shield", "wait_for"):
        release = asyncio.Event()
        task = asyncio.create_task(job(release))
        caller = asyncio.create_task(through(kind, task))
        await asyncio.sleep(0)  # 让调用者开始等待
        caller.cancel()
        await asyncio.gather(caller, return_exceptions=True)
        print(f"{kind:12} 被等待的任务被取消：{task.cancelled()}")
        #> wait         被等待的任务被取消：False
        #> as_completed 被等待的任务被取消：False
        #> shield       被等待的任务被取消：False
        #> wait_for     被等待的任务被取消：True
        release.set()
        await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
