# /// script
# requires-python = ">=3.15"
# ///
import asyncio


async def race(*coros):
    """Example 1's race(), written with a task group and cancel()."""
    results = []

    def on_done(task):  # done callback: the first success keeps its result
        if results or task.cancelled() or task.exception() is not None:
            return  # the task group handles failures
        results.append(task.result())
        tg.cancel()  # cancel the other children; async with exits normally

    async with asyncio.TaskGroup() as tg:
        for coro in coros:
            # the coroutine goes straight to the group: each one is awaited,
            # even one cancelled at once
            tg.create_task(coro).add_done_callback(on_done)
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

    # a server answers without awaiting (from a cache, say): the others are
    # still cancelled and awaited
    log = []
    winner = await race(server("a", 0, log), server("b", 2, log))
    print(f"result: {winner}; cancelled: {log}")
    #> result: a; cancelled: ['b']


asyncio.run(main())
