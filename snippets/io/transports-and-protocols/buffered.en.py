import asyncio


class Receiver(asyncio.BufferedProtocol):
    """Reads straight into one preallocated buffer: no bytes objects."""

    def __init__(self):
        self.buffer = bytearray(16)  # deliberately small
        self.chunks = 0
        self.total = 0
        self.done = asyncio.get_running_loop().create_future()

    def get_buffer(self, sizehint):  # where should the next bytes go?
        return self.buffer

    def buffer_updated(self, nbytes):  # nbytes were written into it
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
    print(
        f"received {receiver.total} bytes, "
        f"at least 7 chunks: {receiver.chunks >= 7}"
    )
    #> received 100 bytes, at least 7 chunks: True


asyncio.run(main())
