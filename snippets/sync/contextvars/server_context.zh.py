import asyncio
import contextvars

conn = contextvars.ContextVar("conn", default="（无）")
seen = []


class Echo(asyncio.Protocol):
    count = 0

    def connection_made(self, transport):
        Echo.count += 1
        conn.set(f"连接{Echo.count}")  # 在 connection_made 里设置
        self.transport = transport

    def data_received(self, data):
        seen.append(conn.get())  # 同一个连接的下一个回调能看到吗？
        self.transport.write(data)
        self.transport.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        for _ in range(2):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"hi")
            await reader.read()  # 读到服务器关闭连接为止
            writer.close()
            await writer.wait_closed()
    print(f"data_received 看到：{seen}")
    #> data_received 看到：['连接1', '连接2']


asyncio.run(main())
