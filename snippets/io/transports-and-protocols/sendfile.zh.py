import asyncio
import tempfile


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()

    async def receive(reader, writer):
        got.set_result(await reader.read())  # 一直读到 EOF
        writer.close()
        await writer.wait_closed()

    content = b"0123456789" * 100_000  # 1 MB
    with tempfile.TemporaryFile() as file:
        file.write(content)
        file.seek(0)
        server = await asyncio.start_server(receive, "127.0.0.1", 0)
        async with server:
            port = server.sockets[0].getsockname()[1]
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            sent = await loop.sendfile(writer.transport, file)
            writer.write_eof()
            data = await got
            writer.close()
            await writer.wait_closed()
    print(f"发送 {sent} 字节，收到的内容相同：{data == content}")
    #> 发送 1000000 字节，收到的内容相同：True


asyncio.run(main())
