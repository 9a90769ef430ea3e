import asyncio


async def handle(reader, writer):
    writer.write(b"hello\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        # if a host name resolves to several addresses: when one has not
        # connected within 0.25 s, try the next in parallel
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, happy_eyeballs_delay=0.25, interleave=1
        )
        print(f"received: {(await reader.readline()).decode().strip()}")
        #> received: hello
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
