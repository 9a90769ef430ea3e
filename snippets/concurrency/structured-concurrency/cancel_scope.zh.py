# /// script
# requires-python = ">=3.11"
# ///
import asyncio


class move_on_after:
    """取消作用域：delay 秒后取消代码块，然后在块外照常往下走。

    只吞掉自己发出的那次取消：用 cancelling() 记下进入时的取消计数，
    到期时 cancel()，退出时 uncancel()；计数回到进入时的值，才说明
    没有别的取消请求。asyncio.timeout() 用的就是这套机制。
    """

    def __init__(self, delay):
        self.delay = delay
        self.expired = False

    async def __aenter__(self):
        self._task = asyncio.current_task()
        self._depth = self._task.cancelling()  # 进入时的取消计数
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
        # 撤销自己发出的取消；计数仍高于进入时，说明还有别人的取消
        if self._task.uncancel() > self._depth:
            return False
        return exc_type is asyncio.CancelledError  # 抑制自己的取消


async def main():
    # 1. 到期：代码块被取消，块外照常继续
    async with move_on_after(0.01) as scope:
        await asyncio.sleep(10)
    count = asyncio.current_task().cancelling()
    print(f"到期：{scope.expired}，取消计数：{count}")
    #> 到期：True，取消计数：0

    # 2. 期限没到，别人取消了这个任务：取消原样传出
    started = asyncio.Event()

    async def worker():
        async with move_on_after(10):
            started.set()
            await asyncio.sleep(10)
        return "不会执行到这里"

    task = asyncio.create_task(worker())
    await started.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"外来的取消传出了作用域：{task.cancelled()}")
    #> 外来的取消传出了作用域：True


asyncio.run(main())
