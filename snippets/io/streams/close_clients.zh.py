# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def main():
    events = []
    connected = asyncio.Event()

    async def handler(reader, writer):
        connected.set()
        data = await reader.read()  # 客户端什么都不发
        events.append(f"处理函数读到：{data!r}")
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await connected.wait()

    server.close()  # 不再接受新连接；已有的这条仍然开着
    closing = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0.05)
    events.append(f"close() 之后 wait_closed() 完成：{closing.done()}")
    server.close_clients()  # 关闭连接在服务器这一端
    await closing
    events.append(f"close_clients() 之后 wait_closed() 完成：{closing.done()}")
    events.append(f"客户端读到：{await reader.read()!r}")
    writer.close()
    await writer.wait_closed()
    print("\n".join(events))
    """
    close() 之后 wait_closed() 完成：False
    处理函数读到：b''
    close_clients() 之后 wait_closed() 完成：True
    客户端读到：b''
    """


asyncio.run(main())
