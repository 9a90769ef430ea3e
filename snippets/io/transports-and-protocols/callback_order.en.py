import asyncio


class Recorder(asyncio.Protocol):
    """Records its callbacks; repeated data_received calls count once."""

    def __init__(self, name, log):
        self.name, self.log, self.data = name, log, b""
        self.done = asyncio.get_running_loop().create_future()

    def record(self, event):
        if not self.log[self.name] or self.log[self.name][-1] != event:
            self.log[self.name].append(event)

    def connection_made(self, transport):
        self.transport = transport
        self.record("connection_made")

    def data_received(self, data):  # may come in any number of pieces
        self.record("data_received")
        self.data += data

    def eof_received(self):
        self.record("eof_received")

    def connection_lost(self, exc):
        self.record("connection_lost")
        self.exc = exc
        self.done.set_result(self.data)


class Echo(Recorder):
    def data_received(self, data):
        super().data_received(data)
        self.transport.write(data)  # echo each piece back

    def eof_received(self):
        super().eof_received()
        # returning a false value: the transport closes itself


async def main():
    loop = asyncio.get_running_loop()
    log = {"server": [], "client": []}
    servers = []

    def make_echo():
        servers.append(Echo("server", log))
        return servers[-1]

    server = await loop.create_server(make_echo, "127.0.0.1", 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        transport, client = await loop.create_connection(
            lambda: Recorder("client", log), "127.0.0.1", port
        )
        transport.write(b"hello")
        transport.write_eof()  # "no more data from me"
        echoed = await client.done
        await servers[0].done
    print(f"client got back: {echoed!r}")
    #> client got back: b'hello'
    print(f"server: {' → '.join(log['server'])}")
    #> server: connection_made → data_received → eof_received → connection_lost
    print(f"client: {' → '.join(log['client'])}")
    #> client: connection_made → data_received → eof_received → connection_lost
    print(f"connection_lost(None): {servers[0].exc is client.exc is None}")
    #> connection_lost(None): True


asyncio.run(main())
