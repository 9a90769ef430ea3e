# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class move_on_after:
    """A cancel scope: cancel the block after delay seconds, then go on.

    It swallows only its own cancellation: it records cancelling() on
    entry, calls cancel() when it expires and uncancel() on exit; only if
    the count is back to its value on entry is no other cancellation
    pending. asyncio.timeout() works the same way.
    """

    def __init__(self, delay):
        self.delay = delay
        self.expired = False

    async def __aenter__(self):
        self._task = asyncio.current_task()
        self._depth = self._task.cancelling()  # the cancellation count on entry
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(self.delay, self._expire)
        return self

    def _expire(self):
        self.expired = True
        self._task.cancel()

    async def __aexit__(self, exc_type, exc, tb):
        self._timer.cancel()
        if not self.expired:
            return False
        # withdraw our cancel; a higher count means someone else's is pending
        if self._task.uncancel() > self._depth:
            return False
        return exc_type is asyncio.CancelledError  # suppress our own cancel


async def main():
    # 1. It expires: the block is cancelled, the code after it goes on
    async with move_on_after(0.01) as scope:
        await asyncio.sleep(10)
    count = asyncio.current_task().cancelling()
    print(f"expired: {scope.expired}, cancellation count: {count}")
    #> expired: True, cancellation count: 0

    # 2. Someone else cancels the task first: the cancel propagates
    started = asyncio.Event()

    async def worker():
        async with move_on_after(10):
            started.set()
            await asyncio.sleep(10)
        return "never reached"

    task = asyncio.create_task(worker())
    await started.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"outside cancel left the scope: {task.cancelled()}")
    #> outside cancel left the scope: True


asyncio.run(main())
