import asyncio


async def main():
    # 手动喂数据的 StreamReader：不需要网络。
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc")
    reader.feed_eof()
    try:
        await reader.readexactly(5)  # 读到 3 个字节就遇到 EOF
    except asyncio.IncompleteReadError as e:
        partial, expected = e.partial, e.expected
        print(f"IncompleteReadError：partial={partial!r}，expected={expected}")
        #> IncompleteReadError：partial=b'abc'，expected=5
        print(f"  是 EOFError：{isinstance(e, EOFError)}")
        #>   是 EOFError：True

    reader = asyncio.StreamReader()
    reader.feed_data(b"no newline")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")  # 找到分隔符之前遇到 EOF
    except asyncio.IncompleteReadError as e:
        partial, expected = e.partial, e.expected
        print(f"IncompleteReadError：partial={partial!r}，expected={expected}")
        #> IncompleteReadError：partial=b'no newline'，expected=None

    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\n")
    try:
        await reader.readuntil(b"\n")  # 这一行比 limit 长
    except asyncio.LimitOverrunError as e:
        print(f"LimitOverrunError：consumed={e.consumed}")
        #> LimitOverrunError：consumed=16
    # 数据仍留在缓冲区里；readline() 把超限转换成 ValueError，
    # 并丢弃这一整行。
    try:
        await reader.readline()
    except ValueError as e:
        print(f"readline()：{type(e).__name__}")
        #> readline()：ValueError
    reader.feed_data(b"ok\n")
    line = await reader.readline()
    print(f"下一行：{line!r}")
    #> 下一行：b'ok\n'


asyncio.run(main())
