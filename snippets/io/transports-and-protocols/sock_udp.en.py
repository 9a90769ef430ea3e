# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as server,
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client,
    ):
        for sock in (server, client):
            sock.setblocking(False)
            sock.bind(("127.0.0.1", 0))
        await loop.sock_sendto(client, b"hello", server.getsockname())
        data, addr = await loop.sock_recvfrom(server, 1024)
        print(
            f"server got {data!r} from the client: "
            f"{addr == client.getsockname()}"
        )
        #> server got b'hello' from the client: True


asyncio.run(main())
