import asyncio


class Connection:
    closed = False

    async def aclose(self):
        if self.closed:  # idempotent: already closed, just return
            print("aclose: already closed, nothing to do")
            #> aclose: already closed, nothing to do
            return
        for _ in range(3):
            await asyncio.sleep(0)  # a goodbye handshake with the server
        self.closed = True
        print("aclose: connection closed")
        #> aclose: connection closed


async def finish_cleanup(coro):
    """Finish the cleanup; re-raise any cancellation that came meanwhile."""
    cleanup = asyncio.create_task(coro)  # strong reference: never lost
    pending = None
    while not cleanup.done():
        try:
            await asyncio.shield(cleanup)
        except asyncio.CancelledError as exc:
            print("cancelled during cleanup: noted, still waiting")
            #> cancelled during cleanup: noted, still waiting
            #> cancelled during cleanup: noted, still waiting
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
    for _ in range(3):  # the first cancel(), then two impatient ones
        task.cancel()
        await asyncio.sleep(0)
    await asyncio.gather(task, return_exceptions=True)
    print("worker cancelled() =", task.cancelled())
    #> worker cancelled() = True
    print("conn.closed =", conn.closed)
    #> conn.closed = True
    await conn.aclose()  # calling it again is safe


asyncio.run(main())
