# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"unix line\nwindows line\r\nlast")
    reader.feed_eof()
    for _ in range(2):
        line = await reader.readuntil((b"\r\n", b"\n"))  # 两种行尾都接受
        print(f"行：{line!r}")
        #> 行：b'unix line\n'
        #> 行：b'windows line\r\n'
    try:
        await reader.readuntil((b"\r\n", b"\n"))
    except asyncio.IncompleteReadError as e:
        print(f"到达 EOF：partial={e.partial!r}")
        #> 到达 EOF：partial=b'last'


asyncio.run(main())
