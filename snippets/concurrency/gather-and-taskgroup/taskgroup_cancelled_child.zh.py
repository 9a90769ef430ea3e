# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def job(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def sleeper(name, log):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append(name)  # 取消顺序不固定，先记下来
        raise


async def owner(started, log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("x", log))
            tg.create_task(sleeper("y", log))
            started.set()
            await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("owner 收到的是 CancelledError")
        #> owner 收到的是 CancelledError
        raise


async def main():
    # 1. 子任务只是被取消：不算失败，任务组照常结束
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 1))
        b = tg.create_task(job("b", 3))
        a.cancel()
    print(f"a 被取消：{a.cancelled()}，b 的结果：{b.result()}")
    #> a 被取消：True，b 的结果：b

    # 2. 从外部取消运行任务组的任务：所有子任务都被取消
    started, log = asyncio.Event(), []
    task = asyncio.create_task(owner(started, log))
    await started.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"被取消的子任务：{sorted(log)}")
    #> 被取消的子任务：['x', 'y']
    print(f"owner 被取消：{task.cancelled()}")
    #> owner 被取消：True


asyncio.run(main())
