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
        log.append(name)  # cancellation order varies: record it
        raise


async def owner(started, log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("x", log))
            tg.create_task(sleeper("y", log))
            started.set()
            await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("owner got CancelledError")
        #> owner got CancelledError
        raise


async def main():
    # 1. a child that is merely cancelled is not a failure
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 1))
        b = tg.create_task(job("b", 3))
        a.cancel()
    print(f"a cancelled: {a.cancelled()}, b's result: {b.result()}")
    #> a cancelled: True, b's result: b

    # 2. cancel the task running the group: all children are cancelled
    started, log = asyncio.Event(), []
    task = asyncio.create_task(owner(started, log))
    await started.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"cancelled children: {sorted(log)}")
    #> cancelled children: ['x', 'y']
    print(f"owner cancelled: {task.cancelled()}")
    #> owner cancelled: True


asyncio.run(main())
