# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextlib
import logging

MAX_LINE = 1024  # 接受的最长请求行（不含换行符）
IDLE_TIMEOUT = 30.0  # 客户端沉默这么久就断开
IO_TIMEOUT = 5.0  # 一次连接、回复、发送、关闭的时限


def reply_to(line):
    """协议本身：每个请求行回复一行。"""
    return b"OK " + line.upper()


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


async def handle(reader, writer):
    """服务一条连接，直到 EOF、非法行、超时或取消。"""
    try:
        while True:
            async with asyncio.timeout(IDLE_TIMEOUT):
                line = await reader.readuntil(b"\n")
            writer.write(reply_to(line))
            async with asyncio.timeout(IO_TIMEOUT):
                await writer.drain()  # 客户端读得慢时在这里等
    except asyncio.LimitOverrunError:
        writer.write(b"ERR line too long\n")  # 由 close_stream 发出
    except (asyncio.IncompleteReadError, TimeoutError, OSError):
        pass  # EOF（可能在一行中间）、沉默的客户端、网络错误
    except Exception:
        logging.exception("连接处理函数出错")
    finally:
        await close_stream(writer)


@contextlib.asynccontextmanager
async def line_server(host, port):
    """提供服务直到代码块退出或被取消，然后关闭一切。"""
    connections = {}  # 处理任务 -> 它的 writer
    stopping = False

    def on_client(reader, writer):  # 普通函数：在接受连接时调用
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
        await server.start_serving()  # 在 try 里：在这里被取消也会关闭
        yield server
    finally:
        stopping = True
        server.close()  # 不再接受新连接
        pending = dict(connections)
        for task, writer in pending.items():
            task.cancel()
            writer.close()  # 开始运行前就被取消的任务不会执行 finally
        await asyncio.gather(*pending, return_exceptions=True)
        await server.wait_closed()


async def ask(host, port, requests):
    """在一条连接上依次发送请求行，返回各行回复。"""
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
        port = server.sockets[0].getsockname()[1]  # 端口 0：由操作系统挑选
        print(await ask("127.0.0.1", port, [b"hello", b"bye"]))
        #> [b'OK HELLO\n', b'OK BYE\n']
        print(await ask("127.0.0.1", port, [b"x" * 2000]))
        #> [b'ERR line too long\n']

    # 客户端会话进行到一半时，取消正在运行的服务器
    ready = asyncio.get_running_loop().create_future()

    async def run_server():
        async with line_server("127.0.0.1", 0) as server:
            ready.set_result(server.sockets[0].getsockname()[1])
            await asyncio.Event().wait()  # 一直服务，直到被取消

    task = asyncio.create_task(run_server())
    reader, writer = await asyncio.open_connection("127.0.0.1", await ready)
    writer.write(b"ping\n")
    await writer.drain()
    print(await reader.readuntil(b"\n"))  # 服务器正处于会话中
    #> b'OK PING\n'
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"服务器任务已取消：{task.cancelled()}")
    #> 服务器任务已取消：True
    print(f"客户端随后读到：{await reader.read()!r}")  # b'' = EOF
    #> 客户端随后读到：b''
    await close_stream(writer)


asyncio.run(main())
