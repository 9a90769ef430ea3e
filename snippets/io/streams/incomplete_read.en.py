import asyncio


async def send_and_close(reader, writer):
    writer.write(b"abc")  # 3 bytes of an 8-byte record, then EOF
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_and_close, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            await reader.readexactly(8)
        except asyncio.IncompleteReadError as e:
            print(f"readexactly: partial={e.partial!r}, expected={e.expected}")
            #> readexactly: partial=b'abc', expected=8
        try:
            await reader.readuntil(b"\n")  # nothing left before EOF
        except asyncio.IncompleteReadError as e:
            print(f"readuntil: partial={e.partial!r}, expected={e.expected}")
            #> readuntil: partial=b'', expected=None
        print(f"read() at EOF: {await reader.read()!r}")
        #> read() at EOF: b''
        print(f"at_eof(): {reader.at_eof()}")
        #> at_eof(): True
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
