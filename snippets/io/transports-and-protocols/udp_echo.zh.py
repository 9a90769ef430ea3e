import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)  # 回复给发送方


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def error_received(self, exc):  # 例如 ICMP 的“端口不可达”
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
            client.sendto(word)  # 每次 sendto() 是一个数据报
            # UDP 可能丢失数据报：等回复一定要设时限
            reply = await asyncio.wait_for(protocol.replies.get(), 5)
            print(f"回复：{reply!r}")
            #> 回复：b'ONE'
            #> 回复：b'TWO'
            #> 回复：b'THREE'
    finally:
        client.close()
        server.close()


asyncio.run(main())
