import asyncio


async def job(release):
    await release.wait()
    return "done"


async def through(kind, task):
    """The caller: waits for task with the function named by kind."""
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
        await asyncio.sleep(0)  # let the caller start waiting
        caller.cancel()
        await asyncio.gather(caller, return_exceptions=True)
        print(f"{kind:12} awaited task cancelled: {task.cancelled()}")
        #> wait         awaited task cancelled: False
        #> as_completed awaited task cancelled: False
        #> shield       awaited task cancelled: False
        #> wait_for     awaited task cancelled: True
        release.set()
        await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
