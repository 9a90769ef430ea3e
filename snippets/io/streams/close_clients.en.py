# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def main():
    events = []
    connected = asyncio.Event()

    async def handler(reader, writer):
        connected.set()
        data = await reader.read()  # the client never sends anything
        events.append(f"handler reads {data!r}")
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await connected.wait()

    server.close()  # no new connections; this one stays open
    closing = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0.05)
    events.append(f"wait_closed() done after close(): {closing.done()}")
    server.close_clients()  # closes the server side of the connection
    await closing
    events.append(f"wait_closed() done after close_clients(): {closing.done()}")
    events.append(f"client reads {await reader.read()!r}")
    writer.close()
    await writer.wait_closed()
    print("\n".join(events))
    """
    wait_closed() done after close(): False
    handler reads b''
    wait_closed() done after close_clients(): True
    client reads b''
    """


asyncio.run(main())
