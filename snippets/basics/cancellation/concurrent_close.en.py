import asyncio


class Connection:
    def __init__(self):
        self.closed = False
        self.handshakes = 0
        self._closing = None  # the close in progress

    async def _farewell(self):
        self.handshakes += 1
        for _ in range(3):
            await asyncio.sleep(0)  # simulate the farewell handshake
        self.closed = True

    async def aclose_check_only(self):
        if not self.closed:  # checks "already closed" only
            await self._farewell()

    async def aclose(self):
        if self._closing is None:  # only the first call starts closing
            self._closing = asyncio.create_task(self._farewell())
        # later calls wait for the same close; shield: a cancelled
        # caller does not abort the close
        await asyncio.shield(self._closing)


async def main():
    conn = Connection()
    await asyncio.gather(conn.aclose_check_only(), conn.aclose_check_only())
    print("checks closed only: handshakes =", conn.handshakes)
    #> checks closed only: handshakes = 2

    conn = Connection()
    await asyncio.gather(conn.aclose(), conn.aclose())
    print("waits for the close in progress: handshakes =", conn.handshakes)
    #> waits for the close in progress: handshakes = 1
    await conn.aclose()  # called after closing: returns at once
    print("called once more: handshakes =", conn.handshakes)
    #> called once more: handshakes = 1


asyncio.run(main())
