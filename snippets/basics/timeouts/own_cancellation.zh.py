# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def too_slow():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(10)
            except TimeoutError:
                print("块内：TimeoutError")  # 永远不会执行
            except asyncio.CancelledError:
                n = task.cancelling()
                print(f"块内：CancelledError，cancelling() = {n}")
                #> 块内：CancelledError，cancelling() = 1
                raise
    except TimeoutError:
        n = task.cancelling()
        print(f"块外：TimeoutError，cancelling() = {n}")
        #> 块外：TimeoutError，cancelling() = 0
    print(f"expired() = {cm.expired()}")
    #> expired() = True


async def cancelled_by_someone_else(started):
    try:
        async with asyncio.timeout(10) as cm:
            started.set()
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"块外：CancelledError，expired() = {cm.expired()}")
        #> 块外：CancelledError，expired() = False
        raise


async def main():
    await too_slow()
    started = asyncio.Event()
    task = asyncio.create_task(cancelled_by_someone_else(started))
    await started.wait()
    task.cancel()
    [outcome] = await asyncio.gather(task, return_exceptions=True)
    print(f"任务的结局：{type(outcome).__name__}")
    #> 任务的结局：CancelledError


asyncio.run(main())
