import asyncio


async def main():
    # A StreamReader fed by hand: no network needed.
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc")
    reader.feed_eof()
    try:
        await reader.readexactly(5)  # EOF after 3 of 5 bytes
    except asyncio.IncompleteReadError as e:
        partial, expected = e.partial, e.expected
        print(f"IncompleteReadError: partial={partial!r}, expected={expected}")
        #> IncompleteReadError: partial=b'abc', expected=5
        print(f"  is an EOFError: {isinstance(e, EOFError)}")
        #>   is an EOFError: True

    reader = asyncio.StreamReader()
    reader.feed_data(b"no newline")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")  # EOF before the separator
    except asyncio.IncompleteReadError as e:
        partial, expected = e.partial, e.expected
        print(f"IncompleteReadError: partial={partial!r}, expected={expected}")
        #> IncompleteReadError: partial=b'no newline', expected=None

    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\n")
    try:
        await reader.readuntil(b"\n")  # the line is longer than limit
    except asyncio.LimitOverrunError as e:
        print(f"LimitOverrunError: consumed={e.consumed}")
        #> LimitOverrunError: consumed=16
    # The data stays in the buffer; readline() turns the overrun into
    # ValueError and discards the too-long line.
    try:
        await reader.readline()
    except ValueError as e:
        print(f"readline(): {type(e).__name__}")
        #> readline(): ValueError
    reader.feed_data(b"ok\n")
    line = await reader.readline()
    print(f"next line: {line!r}")
    #> next line: b'ok\n'


asyncio.run(main())
