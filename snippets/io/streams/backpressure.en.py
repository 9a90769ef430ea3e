import asyncio
import socket

CHUNK = 64 * 1024
TOTAL = 8 * 1024 * 1024  # 8 MiB: far more than the socket buffers hold


async def send(writer, use_drain):
    """Write TOTAL bytes; return the most bytes ever waiting in memory."""
    most = 0
    for _ in range(TOTAL // CHUNK):
        writer.write(b"x" * CHUNK)  # never blocks: only appends
        most = max(most, writer.transport.get_write_buffer_size())
        if use_drain:
            await writer.drain()  # waits while the buffer is over the mark
    await writer.drain()
    return most


async def main():
    received = asyncio.Queue()
    start_reading = asyncio.Event()

    async def slow_reader(reader, writer):
        await start_reading.wait()  # the peer does not read at first
        await received.put(len(await reader.read()))  # all, until EOF
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        for use_drain in (False, True):
            start_reading.clear()
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CHUNK)
            low, high = writer.transport.get_write_buffer_limits()
            sender = asyncio.create_task(send(writer, use_drain))
            await asyncio.sleep(0.05)  # the reader lags behind
            start_reading.set()
            most = await sender
            writer.close()
            await writer.wait_closed()
            got = await received.get()
            print(f"drain() after each write: {use_drain}")
            #> drain() after each write: False
            #> drain() after each write: True
            print(f"  over half of 8 MiB in memory: {most > TOTAL // 2}")
            #>   over half of 8 MiB in memory: True
            #>   over half of 8 MiB in memory: False
            print(
                f"  at most high-water mark + one chunk: "
                f"{most <= high + CHUNK}"
            )
            #>   at most high-water mark + one chunk: False
            #>   at most high-water mark + one chunk: True
            print(f"  peer received all of it: {got == TOTAL}")
            #>   peer received all of it: True
            #>   peer received all of it: True
    print(f"write buffer limits (low, high): {(low, high)}")
    #> write buffer limits (low, high): (16384, 65536)


asyncio.run(main())
