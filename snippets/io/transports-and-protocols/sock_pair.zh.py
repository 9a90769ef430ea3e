import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()  # 一对已连接的套接字，不需要端口
    with a, b:
        a.setblocking(False)  # loop.sock_*() 要求非阻塞套接字
        b.setblocking(False)
        await loop.sock_sendall(a, b"ping")
        print(f"b 收到：{await loop.sock_recv(b, 1024)!r}")
        #> b 收到：b'ping'
        await loop.sock_sendall(b, b"pong")
        print(f"a 收到：{await loop.sock_recv(a, 1024)!r}")
        #> a 收到：b'pong'
        a.shutdown(socket.SHUT_WR)  # 让 b 读到 EOF
        print(f"b 读到 EOF：{await loop.sock_recv(b, 1024)!r}")
        #> b 读到 EOF：b''


asyncio.run(main())
