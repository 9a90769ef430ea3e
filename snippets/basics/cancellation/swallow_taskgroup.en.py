# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def boom():
    raise ValueError("child failed")


async def worker(started, give_back):
    me = asyncio.current_task()
    try:
        started.set()
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        if give_back:
            me.uncancel()  # if you really swallow it, give the count back
        print("swallowed the cancellation, cancelling() =", me.cancelling())
        #> swallowed the cancellation, cancelling() = 1
        #> swallowed the cancellation, cancelling() = 0
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            await asyncio.sleep(3600)  # the group's own cancel() lands here
    # a TaskGroup raises an ExceptionGroup (a built-in new in 3.11)
    except Exception as exc:  # noqa: BLE001
        print("the task group raised", type(exc).__name__)
        #> the task group raised ExceptionGroup
        #> the task group raised ExceptionGroup
    try:
        await asyncio.sleep(0)
        print("the next await returned normally")
        #> the next await returned normally
    except asyncio.CancelledError:
        print("the next await raised CancelledError")
        #> the next await raised CancelledError
        raise


async def main():
    for give_back in (False, True):
        started = asyncio.Event()
        task = asyncio.create_task(worker(started, give_back))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        print("worker cancelled() =", task.cancelled())
        #> worker cancelled() = True
        #> worker cancelled() = False


asyncio.run(main())
