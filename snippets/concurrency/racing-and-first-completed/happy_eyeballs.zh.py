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
        # 主机名解析出多个地址时：0.25 秒内没连上，就并行尝试下一个地址
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, happy_eyeballs_delay=0.25, interleave=1
        )
        print(f"收到：{(await reader.readline()).decode().strip()}")
        #> 收到：hello
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
