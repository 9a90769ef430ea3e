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
                print("inside: TimeoutError")  # never runs
            except asyncio.CancelledError:
                n = task.cancelling()
                print(f"inside: CancelledError, cancelling() = {n}")
                #> inside: CancelledError, cancelling() = 1
                raise
    except TimeoutError:
        n = task.cancelling()
        print(f"outside: TimeoutError, cancelling() = {n}")
        #> outside: TimeoutError, cancelling() = 0
    print(f"expired() = {cm.expired()}")
    #> expired() = True


async def cancelled_by_someone_else(started):
    try:
        async with asyncio.timeout(10) as cm:
            started.set()
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"outside: CancelledError, expired() = {cm.expired()}")
        #> outside: CancelledError, expired() = False
        raise


async def main():
    await too_slow()
    started = asyncio.Event()
    task = asyncio.create_task(cancelled_by_someone_else(started))
    await started.wait()
    task.cancel()
    [outcome] = await asyncio.gather(task, return_exceptions=True)
    print(f"the task ended with: {type(outcome).__name__}")
    #> the task ended with: CancelledError


asyncio.run(main())
