import asyncio
import concurrent.futures
import threading


class Bridge:
    """Used by the worker thread: calls into the event loop."""

    def __init__(self, loop):
        self.loop = loop
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._pending = set()

    def send(self, callback, *args):
        # no waiting: run callback(*args) in the event loop's thread
        self.loop.call_soon_threadsafe(callback, *args)

    def call(self, coro):
        # run coro in the event loop; block this thread until it ends
        cf = asyncio.run_coroutine_threadsafe(coro, self.loop)
        with self._lock:
            if self.stopping.is_set():
                cf.cancel()
            self._pending.add(cf)
        try:
            return cf.result()  # raises what coro raised, or CancelledError
        finally:
            with self._lock:
                self._pending.discard(cf)

    def stop(self):  # called from the event loop's side
        with self._lock:
            self.stopping.set()
            for cf in self._pending:
                cf.cancel()


async def run_in_thread(work, *args):
    """Run work(bridge, *args) in a thread; on cancellation stop it, wait."""
    loop = asyncio.get_running_loop()
    bridge = Bridge(loop)
    fut = loop.run_in_executor(None, work, bridge, *args)
    try:
        return await asyncio.shield(fut)
    except asyncio.CancelledError:
        bridge.stop()
        await asyncio.wait([fut])  # when this returns, the thread has ended
        raise


thread_log, loop_log = [], []
NAMES = {1: "one", 2: "two", 3: "three"}


async def lookup(n, slow):
    """An async service in the event loop; item 2 is slow."""
    try:
        if n == 2:
            slow.set()
            await asyncio.sleep(10)
        return NAMES[n]  # an unknown number: KeyError
    except asyncio.CancelledError:
        loop_log.append(f"lookup {n} cancelled")
        raise


def work(bridge, items, out, slow):
    """Blocking code that runs in the worker thread."""
    try:
        for n in items:
            if bridge.stopping.is_set():
                return "stopped"
            try:
                name = bridge.call(lookup(n, slow))
            except concurrent.futures.CancelledError:
                thread_log.append(f"lookup {n} cancelled")
                return "stopped"
            bridge.send(out.put_nowait, name)
        return "done"
    finally:
        thread_log.append("thread exits")


def drain(q):
    return [q.get_nowait() for _ in range(q.qsize())]


async def main():
    out, slow = asyncio.Queue(), asyncio.Event()
    print(f"normal: {await run_in_thread(work, [1, 3], out, slow)}")
    #> normal: done
    print(f"delivered: {drain(out)}")
    #> delivered: ['one', 'three']

    thread_log.clear()
    task = asyncio.create_task(run_in_thread(work, [1, 2, 3], out, slow))
    await slow.wait()  # item 1 done, item 2's lookup in progress
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"task cancelled: {task.cancelled()}")
    #> task cancelled: True
    print(f"thread: {thread_log}")
    #> thread: ['lookup 2 cancelled', 'thread exits']
    print(f"event loop: {loop_log}")
    #> event loop: ['lookup 2 cancelled']
    print(f"delivered: {drain(out)}")
    #> delivered: ['one']

    thread_log.clear()
    try:
        await run_in_thread(work, [3, 4], out, slow)
    except KeyError as e:
        print(f"error: KeyError{e.args}")
        #> error: KeyError(4,)
    print(f"thread: {thread_log}")
    #> thread: ['thread exits']
    print(f"delivered: {drain(out)}")
    #> delivered: ['three']


asyncio.run(main())
