import asyncio


async def main():
    # A StreamReader fed by hand: no network needed.
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc")
    reader.feed_eof()
    try:
        await reader.readexactly(5)  # EOF after 3 of 5 bytes
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, "expected", e.expected)
        #> IncompleteReadError: b'abc' expected 5
        print("  is an EOFError:", isinstance(e, EOFError))
        #>   is an EOFError: True

    reader = asyncio.StreamReader()
    reader.feed_data(b"no newline")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")  # EOF before the separator
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, "expected", e.expected)
        #> IncompleteReadError: b'no newline' expected None

    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\n")
    try:
        await reader.readuntil(b"\n")  # the line is longer than limit
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError: consumed", e.consumed)
        #> LimitOverrunError: consumed 16
    # The data stays in the buffer; readline() turns the overrun into
    # ValueError and discards the too-long line.
    try:
        await reader.readline()
    except ValueError as e:
        print("readline():", type(e).__name__)
        #> readline(): ValueError
    reader.feed_data(b"ok\n")
    print("next line:", await reader.readline())
    #> next line: b'ok\n'


asyncio.run(main())
