import asyncio


class Receiver(asyncio.BufferedProtocol):
    """直接读进一个预先分配的缓冲区：不创建 bytes 对象。"""

    def __init__(self):
        self.buffer = bytearray(16)  # 故意设得很小
        self.chunks = 0
        self.total = 0
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):  # 接下来的字节放在哪里？
        return self.buffer

    def buffer_updated(self, nbytes):  # 已经写入了 nbytes 个字节
        self.chunks += 1
        self.total += nbytes

    def eof_received(self):
        self.done.set_result(None)

    def connection_lost(self, exc):
        if not self.done.done():
            self.done.set_exception(exc or ConnectionError("lost"))


async def main():
    loop = asyncio.get_running_loop()
    receiver = Receiver()
    server = await loop.create_server(lambda: receiver, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"x" * 100)
        writer.write_eof()
        await receiver.done
        writer.close()
        await writer.wait_closed()
    print(f"收到 {receiver.total} 字节，至少分 7 块：{receiver.chunks >= 7}")
    #> 收到 100 字节，至少分 7 块：True


asyncio.run(main())
