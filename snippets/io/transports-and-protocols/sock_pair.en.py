import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()  # two connected sockets, no port needed
    with a, b:
        a.setblocking(False)  # loop.sock_*() need non-blocking sockets
        b.setblocking(False)
        await loop.sock_sendall(a, b"ping")
        print(f"b receives: {await loop.sock_recv(b, 1024)!r}")
        #> b receives: b'ping'
        await loop.sock_sendall(b, b"pong")
        print(f"a receives: {await loop.sock_recv(a, 1024)!r}")
        #> a receives: b'pong'
        a.shutdown(socket.SHUT_WR)  # EOF for b
        print(f"b at EOF: {await loop.sock_recv(b, 1024)!r}")
        #> b at EOF: b''


asyncio.run(main())
