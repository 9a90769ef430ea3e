import asyncio
import os
import sys
import tempfile


async def echo(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    if sys.platform == "win32":
        sys.exit("this example needs Unix sockets (POSIX only)")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "echo.sock")  # a file, not a port
        server = await asyncio.start_unix_server(echo, path)
        async with server:
            reader, writer = await asyncio.open_unix_connection(path)
            writer.write(b"hello over a Unix socket\n")
            print(f"reply: {await reader.readline()!r}")
            #> reply: b'hello over a Unix socket\n'
            writer.close()
            await writer.wait_closed()
        print(f"socket file left after close: {os.path.exists(path)}")
        #> socket file left after close: False


asyncio.run(main())
