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

    async def trial(port, use_drain):
        """Write 8 MiB to a peer that reads late; return the measurements."""
        start_reading.clear()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        sock = writer.get_extra_info("socket")
        # a small kernel send buffer: data waits in our memory sooner
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CHUNK)
        sender = asyncio.create_task(send(writer, use_drain))
        await asyncio.sleep(0.05)  # the reader lags behind
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
        print(f"no drain(): over half of 8 MiB in memory: {most > TOTAL // 2}")
        #> no drain(): over half of 8 MiB in memory: True
        print(f"  peer received all of it: {got == TOTAL}")
        #>   peer received all of it: True

        most, got, (low, high) = await trial(port, use_drain=True)
        print(f"drain(): at most high mark + one chunk: {most <= high + CHUNK}")
        #> drain(): at most high mark + one chunk: True
        print(f"  peer received all of it: {got == TOTAL}")
        #>   peer received all of it: True
    print(f"write buffer limits (low, high): {(low, high)}")
    #> write buffer limits (low, high): (16384, 65536)


asyncio.run(main())
