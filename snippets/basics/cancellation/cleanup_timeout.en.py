# /// script
# requires-python = ">=3.11"
# ///
import asyncio

LIMIT = 0  # time allowed for cleanup: seconds in real code; 0 expires at once


async def flush():
    await asyncio.sleep(3600)  # a cleanup that hangs: the peer went silent


async def close_with_timeout_only():
    async with asyncio.timeout(LIMIT):
        await flush()


async def close_give_up_on_timeout():
    try:
        async with asyncio.timeout(LIMIT):
            await flush()
    except TimeoutError:
        pass  # give up on the cleanup; no raise: the cancellation goes on


async def worker(started, close):
    try:
        started.set()
        await asyncio.sleep(3600)
    finally:
        await close()


async def main():
    for close in (close_with_timeout_only, close_give_up_on_timeout):
        started = asyncio.Event()
        task = asyncio.create_task(worker(started, close))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if task.cancelled():
            outcome = "the task ended cancelled"
        else:
            error = type(task.exception()).__name__
            outcome = f"the task ended with {error}"
        print(f"{close.__name__}: {outcome}")
        #> close_with_timeout_only: the task ended with TimeoutError
        #> close_give_up_on_timeout: the task ended cancelled


asyncio.run(main())
