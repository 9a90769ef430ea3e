# /// script
# requires-python = ">=3.11"
# ///
import asyncio

MAX_LINE = 1024
IO_TIMEOUT = 5.0


async def close_stream(writer):
    """Close a connection, flushing it, but never wait for ever."""
    writer.close()
    try:
        async with asyncio.timeout(IO_TIMEOUT):
            await writer.wait_closed()
    except (TimeoutError, OSError):
        pass  # peer does not read, or already gone
    finally:  # timeout, error or a second cancel: data may be unsent
        if writer.transport.get_write_buffer_size():
            writer.transport.abort()  # drop it, close the socket now


async def ask(host, port, requests):
    async with asyncio.timeout(IO_TIMEOUT):
        reader, writer = await asyncio.open_connection(
            host, port, limit=MAX_LINE
        )
    try:
        replies = []
        for request in requests:
            writer.write(request + b"\n")
            async with asyncio.timeout(IO_TIMEOUT):
                await writer.drain()
                replies.append(await reader.readuntil(b"\n"))
        return replies
    finally:
        await close_stream(writer)


async def main():
    seen = []  # what the server receives
    got_request, finished = asyncio.Event(), asyncio.Event()

    async def silent(reader, writer):  # reads a request, never replies
        seen.append(await reader.readuntil(b"\n"))
        got_request.set()
        seen.append(await reader.read())  # b'' once the client closes
        writer.close()
        await writer.wait_closed()
        finished.set()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        client = asyncio.create_task(ask("127.0.0.1", port, [b"hello"]))
        await got_request.wait()  # the client now waits for a reply
        client.cancel()
        await asyncio.gather(client, return_exceptions=True)
        await finished.wait()
    print(f"client task cancelled: {client.cancelled()}")
    #> client task cancelled: True
    print(f"server received: {seen}")
    #> server received: [b'hello\n', b'']


asyncio.run(main())
