import asyncio
import contextvars

conn = contextvars.ContextVar("conn", default="(none)")
seen = []


class Echo(asyncio.Protocol):
    count = 0

    def connection_made(self, transport):
        Echo.count += 1
        conn.set(f"conn{Echo.count}")  # set in connection_made
        self.transport = transport

    def data_received(self, data):
        seen.append(conn.get())  # does the connection's next callback see it?
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
            await reader.read()  # read until the server closes the connection
            writer.close()
            await writer.wait_closed()
    print(f"data_received saw: {seen}")
    #> data_received saw: ['conn1', 'conn2']


asyncio.run(main())
