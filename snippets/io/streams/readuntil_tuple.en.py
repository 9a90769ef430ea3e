# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"unix line\nwindows line\r\nlast")
    reader.feed_eof()
    for _ in range(2):
        line = await reader.readuntil((b"\r\n", b"\n"))  # either ending
        print(f"line: {line!r}")
        #> line: b'unix line\n'
        #> line: b'windows line\r\n'
    try:
        await reader.readuntil((b"\r\n", b"\n"))
    except asyncio.IncompleteReadError as e:
        print(f"at EOF: partial={e.partial!r}")
        #> at EOF: partial=b'last'


asyncio.run(main())
