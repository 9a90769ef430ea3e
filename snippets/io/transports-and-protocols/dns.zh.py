import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    # 在默认线程池里运行 socket.getaddrinfo()
    # 数字地址：不查询 DNS
    infos = await loop.getaddrinfo(
        "127.0.0.1", 8080, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST
    )
    for family, type_, _, _, sockaddr in infos:
        print(f"{family.name} {type_.name} {sockaddr}")
        #> AF_INET SOCK_STREAM ('127.0.0.1', 8080)

    flags = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
    name = await loop.getnameinfo(("127.0.0.1", 8080), flags)
    print(f"getnameinfo：{name}")
    #> getnameinfo：('127.0.0.1', '8080')


asyncio.run(main())
