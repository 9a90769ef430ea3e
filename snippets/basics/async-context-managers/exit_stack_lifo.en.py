import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

log = []


@asynccontextmanager
async def connect(name, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise ConnectionError(name)
    log.append(f"open {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


async def flush():
    log.append("flush (coroutine callback)")


async def main():
    try:
        async with AsyncExitStack() as stack:
            for name in ("a", "b"):
                await stack.enter_async_context(connect(name))
            stack.push_async_callback(flush)
            stack.callback(log.append, "plain callback")
            await stack.enter_async_context(connect("c", fail=True))
            log.append("body")  # not reached
    except ConnectionError as e:
        log.append(f"caught {e!r}")
    for line in log:
        print(line)
        #> open a
        #> open b
        #> plain callback
        #> flush (coroutine callback)
        #> close b
        #> close a
        #> caught ConnectionError('c')


asyncio.run(main())
