# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextlib
import logging

MAX_LINE = 1024  # longest request line accepted, newline excluded
IDLE_TIMEOUT = 30.0  # drop a client that sends nothing for this long
IO_TIMEOUT = 5.0  # limit on one connect, one reply, one flush, one close


def reply_to(line):
    """The protocol itself: one reply line for each request line."""
    return b"OK " + line.upper()


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


async def handle(reader, writer):
    """Serve one connection until EOF, a bad line, a timeout or cancel."""
    try:
        while True:
            async with asyncio.timeout(IDLE_TIMEOUT):
                line = await reader.readuntil(b"\n")
            writer.write(reply_to(line))
            async with asyncio.timeout(IO_TIMEOUT):
                await writer.drain()  # wait while the client reads slowly
    except asyncio.LimitOverrunError:
        writer.write(b"ERR line too long\n")  # flushed by close_stream
    except (asyncio.IncompleteReadError, TimeoutError, OSError):
        pass  # EOF (maybe mid-line), a silent client, a network error
    except Exception:
        logging.exception("line handler failed")
    finally:
        await close_stream(writer)


@contextlib.asynccontextmanager
async def line_server(host, port):
    """Serve until the block exits or is cancelled, then close it all."""
    connections = {}  # handler task -> its writer
    stopping = False

    def on_client(reader, writer):  # plain function: runs at accept time
        if stopping:
            writer.transport.abort()
            return
        task = asyncio.create_task(handle(reader, writer))
        connections[task] = writer
        task.add_done_callback(connections.pop)

    server = await asyncio.start_server(
        on_client, host, port, limit=MAX_LINE, start_serving=False
    )
    try:
        await server.start_serving()  # inside try: closed if cancelled here
        yield server
    finally:
        stopping = True
        server.close()  # stop accepting
        pending = dict(connections)
        for task, writer in pending.items():
            task.cancel()
            writer.close()  # a task cancelled before it ran skips finally
        await asyncio.gather(*pending, return_exceptions=True)
        await server.wait_closed()


async def ask(host, port, requests):
    """Send request lines over one connection; return the replies."""
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
    async with line_server("127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]  # port 0: OS picks one
        print(await ask("127.0.0.1", port, [b"hello", b"bye"]))
        #> [b'OK HELLO\n', b'OK BYE\n']
        print(await ask("127.0.0.1", port, [b"x" * 2000]))
        #> [b'ERR line too long\n']

    # cancel a running server while a client is in mid-session
    ready = asyncio.get_running_loop().create_future()

    async def run_server():
        async with line_server("127.0.0.1", 0) as server:
            ready.set_result(server.sockets[0].getsockname()[1])
            await asyncio.Event().wait()  # serve until cancelled

    task = asyncio.create_task(run_server())
    reader, writer = await asyncio.open_connection("127.0.0.1", await ready)
    writer.write(b"ping\n")
    await writer.drain()
    print(await reader.readuntil(b"\n"))  # the server is mid-session
    #> b'OK PING\n'
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"server task cancelled: {task.cancelled()}")
    #> server task cancelled: True
    print(f"client then reads: {await reader.read()!r}")  # b'' = EOF
    #> client then reads: b''
    await close_stream(writer)


asyncio.run(main())
