# /// script
# requires-python = ">=3.11"
# ///
import asyncio

MAX_LINE = 1024
IO_TIMEOUT = 5.0


async def close_stream(writer):
    """关闭连接：先把缓冲的数据发完，但绝不无限期地等。"""
    writer.close()
    try:
        async with asyncio.timeout(IO_TIMEOUT):
            await writer.wait_closed()
    except (TimeoutError, OSError):
        pass  # 对方不读数据，或者连接已断
    finally:  # 超时、出错或再次被取消：可能还有没发出的数据
        if writer.transport.get_write_buffer_size():
            writer.transport.abort()  # 丢掉它们，立即关闭套接字


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
    seen = []  # 服务器收到的内容
    got_request, finished = asyncio.Event(), asyncio.Event()

    async def silent(reader, writer):  # 读请求，但从不回复
        seen.append(await reader.readuntil(b"\n"))
        got_request.set()
        seen.append(await reader.read())  # 客户端关闭后读到 b''
        writer.close()
        await writer.wait_closed()
        finished.set()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        client = asyncio.create_task(ask("127.0.0.1", port, [b"hello"]))
        await got_request.wait()  # 客户端此时正在等回复
        client.cancel()
        await asyncio.gather(client, return_exceptions=True)
        await finished.wait()
    print(f"客户端任务已取消：{client.cancelled()}")
    #> 客户端任务已取消：True
    print(f"服务器收到：{seen}")
    #> 服务器收到：[b'hello\n', b'']


asyncio.run(main())
