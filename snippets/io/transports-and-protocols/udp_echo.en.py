import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)  # reply to the sender


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):  # e.g. ICMP "port unreachable"
        self.replies.put_nowait(exc)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(
        EchoServer, local_addr=("127.0.0.1", 0)
    )
    port = server.get_extra_info("sockname")[1]
    client, protocol = await loop.create_datagram_endpoint(
        Client, remote_addr=("127.0.0.1", port)
    )
    try:
        for word in (b"one", b"two", b"three"):
            client.sendto(word)  # each sendto() is one datagram
            # UDP may lose datagrams: never wait for a reply without a limit
            reply = await asyncio.wait_for(protocol.replies.get(), 5)
            print(f"reply: {reply!r}")
            #> reply: b'ONE'
            #> reply: b'TWO'
            #> reply: b'THREE'
    finally:
        client.close()
        server.close()


asyncio.run(main())
