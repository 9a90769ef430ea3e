import asyncio
import os
import sys
import tempfile


async def echo(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    if sys.platform == "win32":
        sys.exit("本示例需要 Unix 套接字（仅限 POSIX）")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "echo.sock")  # 一个文件，而不是端口
        server = await asyncio.start_unix_server(echo, path)
        async with server:
            reader, writer = await asyncio.open_unix_connection(path)
            writer.write(b"hello over a Unix socket\n")
            print(f"回复：{await reader.readline()!r}")
            #> 回复：b'hello over a Unix socket\n'
            writer.close()
            await writer.wait_closed()
        print(f"关闭后套接字文件仍在：{os.path.exists(path)}")
        #> 关闭后套接字文件仍在：False


asyncio.run(main())
