import asyncio
import socket


class Sender(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.can_write = asyncio.Event()
        self.can_write.set()

    def connection_made(self, transport):
        self.transport = transport
        sock = transport.get_extra_info("socket")  # 内核缓冲区设小
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
        transport.set_write_buffer_limits(high=64 * 1024)

    def pause_writing(self):  # 写缓冲区超过了高水位线
        self.events.append("pause_writing")
        self.can_write.clear()

    def resume_writing(self):  # 降回了低水位线
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
            await sender.can_write.wait()  # 流的 drain() 做的就是这件事
            transport.write(chunk)
            if not sender.can_write.is_set():
                read_now.set()  # 已暂停：现在让对方开始读
        read_now.set()
        transport.write_eof()
        received = await got
        transport.close()
    print(f"对方收到 8 MiB：{received == 128 * 65536}")
    #> 对方收到 8 MiB：True
    print(f"前两个事件：{sender.events[:2]}")
    #> 前两个事件：['pause_writing', 'resume_writing']


asyncio.run(main())
