import asyncio


async def commit():
    try:
        for _ in range(5):
            await asyncio.sleep(0)  # a few steps of committing
        print("commit: committed")
    except asyncio.CancelledError:
        print("commit: cancelled, the commit never finished")
        #> commit: cancelled, the commit never finished
        raise


async def handler(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("handler: cancelled, committing under shield")
        #> handler: cancelled, committing under shield
        await asyncio.shield(commit())  # a common pattern
        print("handler: committed, re-raising")  # skipped on a second cancel
        raise


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(handler(started))
    await started.wait()
    task.cancel()
    await asyncio.sleep(0)  # handler enters except and waits on shield
    print("second cancel() returned", task.cancel())
    #> second cancel() returned True
    await asyncio.gather(task, return_exceptions=True)
    print("handler finished: cancelled() =", task.cancelled())
    #> handler finished: cancelled() = True
    others = len(asyncio.all_tasks()) - 1  # tasks other than main
    print(f"other tasks still running: {others}")
    #> other tasks still running: 1
    # main returns here; asyncio.run() cancels the tasks still running


asyncio.run(main())
