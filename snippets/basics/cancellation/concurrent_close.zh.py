import asyncio


class Connection:
    def __init__(self):
        self.closed = False
        self.handshakes = 0
        self._closing = None  # 进行中的关闭任务

    async def _farewell(self):
        self.handshakes += 1
        for _ in range(3):
            await asyncio.sleep(0)  # 模拟与服务器的告别握手
        self.closed = True

    async def aclose_check_only(self):
        if not self.closed:  # 只检查“已经关闭”
            await self._farewell()

    async def aclose(self):
        if self._closing is None:  # 只有第一次调用开始关闭
            self._closing = asyncio.create_task(self._farewell())
        # 之后的调用等同一次关闭；shield：
        # 某个调用方被取消也不会打断关闭
        await asyncio.shield(self._closing)


async def main():
    conn = Connection()
    await asyncio.gather(conn.aclose_check_only(), conn.aclose_check_only())
    print("只检查 closed：握手次数 =", conn.handshakes)
    #> 只检查 closed：握手次数 = 2

    conn = Connection()
    await asyncio.gather(conn.aclose(), conn.aclose())
    print("等待进行中的关闭：握手次数 =", conn.handshakes)
    #> 等待进行中的关闭：握手次数 = 1
    await conn.aclose()  # 关闭之后再调用：立即返回
    print("再调用一次：握手次数 =", conn.handshakes)
    #> 再调用一次：握手次数 = 1


asyncio.run(main())
