import asyncio


class SuppressAll:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return True  # suppresses ANY exception, CancelledError included


class SuppressErrors(SuppressAll):
    async def __aexit__(self, exc_type, exc, tb):
        # Only Exception subclasses; CancelledError is a BaseException
        return exc_type is not None and issubclass(exc_type, Exception)


async def worker(cm, started):
    async with cm:
        started.set()
        await asyncio.sleep(3600)  # cancelled here
    return "returned normally"  # the code after the block ran


async def main():
    is_error = issubclass(asyncio.CancelledError, Exception)
    print(f"CancelledError subclasses Exception: {is_error}")
    #> CancelledError subclasses Exception: False
    for cm in (SuppressAll(), SuppressErrors()):
        started = asyncio.Event()
        task = asyncio.create_task(worker(cm, started))
        await started.wait()
        task.cancel()
        [outcome] = await asyncio.gather(task, return_exceptions=True)
        if isinstance(outcome, BaseException):
            outcome = type(outcome).__name__
        name = type(cm).__name__
        print(f"{name}: cancelled()={task.cancelled()}, got: {outcome}")
        #> SuppressAll: cancelled()=False, got: returned normally
        #> SuppressErrors: cancelled()=True, got: CancelledError


asyncio.run(main())
