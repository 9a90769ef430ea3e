import asyncio


async def main():
    reader = asyncio.StreamReader()  # 默认上限：64 KiB
    reader.feed_data(b"a" * 65536 + b"\n")  # 正好 64 KiB 的一行
    line = await reader.readuntil(b"\n")
    print(f"64 KiB 的行：读到 {len(line)} 字节")
    #> 64 KiB 的行：读到 65537 字节

    reader.feed_data(b"b" * 65537 + b"\n")  # 多了一个字节
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(f"LimitOverrunError：consumed={e.consumed}")
        #> LimitOverrunError：consumed=65537
    rest = await reader.readexactly(65538)  # 这一行仍在缓冲区里
    print(f"仍在缓冲区：{len(rest)} 字节")
    #> 仍在缓冲区：65538 字节

    reader.feed_data(b"c" * 65537 + b"\nnext\n")
    try:
        await reader.readline()
    except ValueError as e:  # readline() 把 LimitOverrunError 换成 ValueError
        print(f"readline()：{type(e).__name__}")
        #> readline()：ValueError
    print(f"再调用 readline()：{await reader.readline()!r}")
    #> 再调用 readline()：b'next\n'


asyncio.run(main())
