import asyncio


async def main():
    reader = asyncio.StreamReader()  # the default limit: 64 KiB
    reader.feed_data(b"a" * 65536 + b"\n")  # a line of exactly 64 KiB
    line = await reader.readuntil(b"\n")
    print(f"64 KiB line: read {len(line)} bytes")
    #> 64 KiB line: read 65537 bytes

    reader.feed_data(b"b" * 65537 + b"\n")  # one byte too many
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(f"LimitOverrunError: consumed={e.consumed}")
        #> LimitOverrunError: consumed=65537
    rest = await reader.readexactly(65538)  # the line is still buffered
    print(f"still in the buffer: {len(rest)} bytes")
    #> still in the buffer: 65538 bytes

    reader.feed_data(b"c" * 65537 + b"\nnext\n")
    try:
        await reader.readline()
    except ValueError as e:  # readline() wraps LimitOverrunError
        print(f"readline(): {type(e).__name__}")
        #> readline(): ValueError
    print(f"then readline() returns {await reader.readline()!r}")
    #> then readline() returns b'next\n'


asyncio.run(main())
