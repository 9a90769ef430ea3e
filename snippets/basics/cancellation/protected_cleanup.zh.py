import asyncio


class Connection:
    closed = False

    async def aclose(self):
        if self.closed:  # 幂等：已经关闭就直接返回
            print("aclose：已经关闭，什么也不做")
            #> aclose：已经关闭，什么也不做
            return
        for _ in range(3):
            await asyncio.sleep(0)  # 模拟与服务器的告别握手
        self.closed = True
        print("aclose：连接已关闭")
        #> aclose：连接已关闭


async def finish_cleanup(coro):
    """等清理跑完；期间到达的取消，留到清理结束后再抛出。"""
    cleanup = asyncio.create_task(coro)  # 强引用：清理任务不会丢
    pending = None
    while not cleanup.done():
        try:
            await asyncio.shield(cleanup)
        except asyncio.CancelledError as exc:
            print("清理中又被取消：记下来，继续等")
            #> 清理中又被取消：记下来，继续等
            #> 清理中又被取消：记下来，继续等
            pending = exc
    if pending is not None:
        raise pending
    return cleanup.result()


async def worker(conn, started):
    try:
        started.set()
        await asyncio.sleep(3600)
    finally:
        await finish_cleanup(conn.aclose())


async def main():
    conn = Connection()
    started = asyncio.Event()
    task = asyncio.create_task(worker(conn, started))
    await started.wait()
    for _ in range(3):  # 第一次取消，再加两次“催促”
        task.cancel()
        await asyncio.sleep(0)
    await asyncio.gather(task, return_exceptions=True)
    print("worker cancelled() =", task.cancelled())
    #> worker cancelled() = True
    print("conn.closed =", conn.closed)
    #> conn.closed = True
    await conn.aclose()  # 再调用一次也安全


asyncio.run(main())
