import asyncio
import inspect
import types


@types.coroutine
def hop():
    # A bare yield: an asyncio task treats it as "yield one loop iteration"
    yield


async def worker(log):
    log.append("worker ran")


async def main():
    print(f"iscoroutinefunction: {inspect.iscoroutinefunction(hop)}")
    #> iscoroutinefunction: False
    print(f"isgeneratorfunction: {inspect.isgeneratorfunction(hop)}")
    #> isgeneratorfunction: True
    g = hop()
    print(f"{type(g).__name__} is awaitable: {inspect.isawaitable(g)}")
    #> generator is awaitable: True
    print(f"iscoroutine: {inspect.iscoroutine(g)}")
    #> iscoroutine: False
    g.close()

    log = []
    task = asyncio.create_task(worker(log))
    await hop()  # yield one iteration: the new task gets to run
    print(f"after await hop(): {log}")
    #> after await hop(): ['worker ran']
    await task

    # @asyncio.coroutine: deprecated in 3.8, removed in 3.11
    print(f"asyncio.coroutine still exists: {hasattr(asyncio, 'coroutine')}")
    #> asyncio.coroutine still exists: False


asyncio.run(main())
