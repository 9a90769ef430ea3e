import asyncio
from contextlib import aclosing, nullcontext

log = []


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("generator finally")


class Session:
    async def __aenter__(self):
        log.append("open own")
        return "own"

    async def __aexit__(self, *exc_info):
        log.append("close own")


async def query(session=None):
    # Borrow the caller's session, or open (and close) one of our own
    cm = Session() if session is None else nullcontext(session)
    async with cm as s:
        log.append(f"query via {s}")


async def main():
    async with aclosing(numbers()) as gen:
        async for i in gen:
            if i == 1:
                break
        log.append("after break")
    log.append("after async with")
    print(log)
    #> ['after break', 'generator finally', 'after async with']

    log.clear()
    await query()
    await query("shared")
    print(log)
    #> ['open own', 'query via own', 'close own', 'query via shared']


asyncio.run(main())
