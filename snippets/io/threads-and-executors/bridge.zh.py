import asyncio
import concurrent.futures
import threading


class Bridge:
    """交给工作线程使用：从线程里调用事件循环。"""

    def __init__(self, loop):
        self.loop = loop
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._pending = set()

    def send(self, callback, *args):
        # 不等结果：让 callback(*args) 在事件循环线程里运行
        self.loop.call_soon_threadsafe(callback, *args)

    def call(self, coro):
        # 在事件循环里运行 coro，本线程阻塞到它结束
        cf = asyncio.run_coroutine_threadsafe(coro, self.loop)
        with self._lock:
            if self.stopping.is_set():
                cf.cancel()
            self._pending.add(cf)
        try:
            return cf.result()  # 抛出 coro 的异常，或 CancelledError
        finally:
            with self._lock:
                self._pending.discard(cf)

    def stop(self):  # 由事件循环一方调用
        with self._lock:
            self.stopping.set()
            for cf in self._pending:
                cf.cancel()


async def run_in_thread(work, *args):
    """在线程里运行 work(bridge, *args)；被取消时让线程停下、等它结束。"""
    loop = asyncio.get_running_loop()
    bridge = Bridge(loop)
    fut = loop.run_in_executor(None, work, bridge, *args)
    try:
        return await asyncio.shield(fut)
    except asyncio.CancelledError:
        bridge.stop()
        await asyncio.wait([fut])  # 返回时线程已经结束
        raise


thread_log, loop_log = [], []
NAMES = {1: "一", 2: "二", 3: "三"}


async def lookup(n, slow):
    """事件循环里的异步服务；第 2 项很慢。"""
    try:
        if n == 2:
            slow.set()
            await asyncio.sleep(10)
        return NAMES[n]  # 未知的编号：KeyError
    except asyncio.CancelledError:
        loop_log.append(f"查询 {n} 被取消")
        raise


def work(bridge, items, out, slow):
    """在工作线程里运行的阻塞代码。"""
    try:
        for n in items:
            if bridge.stopping.is_set():
                return "停止"
            try:
                name = bridge.call(lookup(n, slow))
            except concurrent.futures.CancelledError:
                thread_log.append(f"查询 {n} 被取消")
                return "停止"
            bridge.send(out.put_nowait, name)
        return "完成"
    finally:
        thread_log.append("线程退出")


def drain(q):
    return [q.get_nowait() for _ in range(q.qsize())]


async def main():
    out, slow = asyncio.Queue(), asyncio.Event()
    print(f"正常：{await run_in_thread(work, [1, 3], out, slow)}")
    #> 正常：完成
    print(f"送达：{drain(out)}")
    #> 送达：['一', '三']

    thread_log.clear()
    task = asyncio.create_task(run_in_thread(work, [1, 2, 3], out, slow))
    await slow.wait()  # 第 1 项已完成，第 2 项的查询正在进行
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"任务已取消：{task.cancelled()}")
    #> 任务已取消：True
    print(f"线程：{thread_log}")
    #> 线程：['查询 2 被取消', '线程退出']
    print(f"事件循环：{loop_log}")
    #> 事件循环：['查询 2 被取消']
    print(f"送达：{drain(out)}")
    #> 送达：['一']

    thread_log.clear()
    try:
        await run_in_thread(work, [3, 4], out, slow)
    except KeyError as e:
        print(f"出错：KeyError{e.args}")
        #> 出错：KeyError(4,)
    print(f"线程：{thread_log}")
    #> 线程：['线程退出']
    print(f"送达：{drain(out)}")
    #> 送达：['三']


asyncio.run(main())
