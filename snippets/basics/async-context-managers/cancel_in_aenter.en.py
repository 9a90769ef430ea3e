import asyncio

log = []


class Leaky:
    def __init__(self, handshake):
        self.handshake = handshake  # a future that never completes
        self.open = False

    async def __aenter__(self):
        self.open = True  # step 1: the resource now exists
        await self.handshake  # step 2: the cancel lands here
        return self

    async def __aexit__(self, *exc_info):
        log.append("__aexit__")
        self.open = False


class Safe(Leaky):
    async def __aenter__(self):
        self.open = True
        try:
            await self.handshake
        except BaseException:
            self.open = False  # __aexit__ will not run: undo step 1 here
            raise
        return self


async def use(conn):
    async with conn:
        log.append("body")


async def main():
    loop = asyncio.get_running_loop()
    for cls in (Leaky, Safe):
        conn = cls(loop.create_future())
        task = asyncio.create_task(use(conn))
        await asyncio.sleep(0)  # the task is now waiting in __aenter__
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        state = f"cancelled={task.cancelled()} open={conn.open}"
        print(f"{cls.__name__}: log={log} {state}")
        #> Leaky: log=[] cancelled=True open=True
        #> Safe: log=[] cancelled=True open=False


asyncio.run(main())
