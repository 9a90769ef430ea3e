import asyncio


async def release():
    print("release: releasing")
    #> release: releasing
    await asyncio.sleep(0)  # a suspension point inside the cleanup
    await asyncio.sleep(0)
    print("release: released")  # not reached after a second cancel


async def worker(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    finally:
        await release()  # an await in finally is a suspension point too


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(worker(started))
    await started.wait()
    task.cancel()
    await asyncio.sleep(0)  # worker enters finally, stops at the first sleep(0)
    task.cancel()  # second cancel: delivered to the await inside finally
    await asyncio.gather(task, return_exceptions=True)
    print("worker cancelled() =", task.cancelled())
    #> worker cancelled() = True


asyncio.run(main())
