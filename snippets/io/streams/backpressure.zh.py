import asyncio
import socket

CHUNK = 64 * 1024
TOTAL = 8 * 1024 * 1024  # 8 MiB：远超套接字缓冲区的容量


async def send(writer, use_drain):
    """写出 TOTAL 字节；返回内存中待发数据的最大值。"""
    most = 0
    for _ in range(TOTAL // CHUNK):
        writer.write(b"x" * CHUNK)  # 从不阻塞：只是追加到缓冲区
        most = max(most, writer.transport.get_write_buffer_size())
        if use_drain:
            await writer.drain()  # 缓冲区超过水位线时在这里等
    await writer.drain()
    return most


async def main():
    received = asyncio.Queue()
    start_reading = asyncio.Event()

    async def slow_reader(reader, writer):
        await start_reading.wait()  # 对方一开始不读
        await received.put(len(await reader.read()))  # 一直读到 EOF
        writer.close()
        await writer.wait_closed()

    async def trial(port, use_drain):
        """向一个起初不读的对方写 8 MiB；返回测量结果。"""
        start_reading.clear()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sock = writer.get_extra_info("socket")
        # 把套接字的发送缓冲区设小，让数据更早留在进程内存里
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CHUNK)
        sender = asyncio.create_task(send(writer, use_drain))
        await asyncio.sleep(0.05)  # 读的一方落在后面
        start_reading.set()
        most = await sender
        limits = writer.transport.get_write_buffer_limits()
        writer.close()
        await writer.wait_closed()
        return most, await received.get(), limits

    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]

        most, got, (low, high) = await trial(port, use_drain=False)
        print(f"不调用 drain()：超过一半的 8 MiB 留在内存：{most > TOTAL // 2}")
        #> 不调用 drain()：超过一半的 8 MiB 留在内存：True
        print(f"  对方全部收到：{got == TOTAL}")
        #>   对方全部收到：True

        most, got, (low, high) = await trial(port, use_drain=True)
        print(f"调用 drain()：最多为高水位线加一块：{most <= high + CHUNK}")
        #> 调用 drain()：最多为高水位线加一块：True
        print(f"  对方全部收到：{got == TOTAL}")
        #>   对方全部收到：True
    print(f"写缓冲区水位线（低，高）：{(low, high)}")
    #> 写缓冲区水位线（低，高）：(16384, 65536)


asyncio.run(main())
