# /// script
# requires-python = ">=3.15"
# ///
import asyncio


async def race(*coros):
    """Example 1's race(), written with a task group and cancel()."""
    results = []

    async def entrant(coro):
        value = await coro
        if not results:  # two may finish in one pass: keep the first
            results.append(value)
            tg.cancel()  # cancel the other children; async with exits normally

    async with asyncio.TaskGroup() as tg:
        for coro in coros:
            tg.create_task(entrant(coro))
    return results[0]


async def server(name, hops, log, fail=False):
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        if fail:
            raise ConnectionError(name)
        return name
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    log = []
    winner = await race(server("a", 5, log), server("b", 2, log))
    print(f"result: {winner}; cancelled: {log}")
    #> result: b; cancelled: ['a']

    log = []
    try:
        await race(server("a", 5, log), server("b", 2, log, fail=True))
    except* ConnectionError as eg:
        print(f"failed: {[str(e) for e in eg.exceptions]}; cancelled: {log}")
        #> failed: ['b']; cancelled: ['a']


asyncio.run(main())
