# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def swallowing():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        pass  # wrong: the cancellation never reaches __aexit__


async def fragile():
    try:
        await asyncio.sleep(10)
    finally:
        raise ConnectionError("close failed")  # the cleanup fails


async def main():
    async with asyncio.timeout(0.02) as cm:
        await swallowing()
    print(f"swallowed: no exception, expired() = {cm.expired()}")
    #> swallowed: no exception, expired() = True

    try:
        async with asyncio.timeout(0.02) as cm:
            await fragile()
    except ConnectionError as exc:
        name = type(exc).__name__
        print(f"escaped: {name}, expired() = {cm.expired()}")
        #> escaped: ConnectionError, expired() = True
        chain = []
        while exc.__context__ is not None:
            exc = exc.__context__
            chain.append(type(exc).__name__)
        print(f"__context__ chain: {' -> '.join(chain)}")
        #> __context__ chain: TimeoutError -> CancelledError


asyncio.run(main())
