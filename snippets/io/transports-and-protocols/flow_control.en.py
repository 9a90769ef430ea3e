import asyncio
import socket


class Sender(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.can_write = asyncio.Event()
        self.can_write.set()

    def connection_made(self, transport):
        self.transport = transport
        sock = transport.get_extra_info("socket")  # small kernel buffer
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
        transport.set_write_buffer_limits(high=64 * 1024)

    def pause_writing(self):  # the write buffer went over the high mark
        self.events.append("pause_writing")
        self.can_write.clear()

    def resume_writing(self):  # it fell back to the low mark
        self.events.append("resume_writing")
        self.can_write.set()

    def connection_lost(self, exc):
        self.can_write.set()


async def main():
    loop = asyncio.get_running_loop()
    read_now = asyncio.Event()
    got = loop.create_future()

    async def slow_peer(reader, writer):
        await read_now.wait()
        got.set_result(len(await reader.read()))
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(slow_peer, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        transport, sender = await loop.create_connection(
            Sender, "127.0.0.1", port
        )
        chunk = b"x" * 65536
        for _ in range(128):  # 8 MiB
            await sender.can_write.wait()  # what drain() does for streams
            transport.write(chunk)
            if not sender.can_write.is_set():
                read_now.set()  # paused: now let the peer read
        read_now.set()
        transport.write_eof()
        received = await got
        transport.close()
    print(f"peer received 8 MiB: {received == 128 * 65536}")
    #> peer received 8 MiB: True
    print(f"first two events: {sender.events[:2]}")
    #> first two events: ['pause_writing', 'resume_writing']


asyncio.run(main())
