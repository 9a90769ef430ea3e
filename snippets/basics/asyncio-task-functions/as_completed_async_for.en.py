# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(name, yields):
    for _ in range(yields):
        await asyncio.sleep(0)
    return name


async def main():
    slow = asyncio.create_task(worker("slow", 3))
    fast = asyncio.create_task(worker("fast", 1))
    async for task in asyncio.as_completed([slow, fast]):
        # the yielded task is already done: result() needs no await
        print(f"is fast: {task is fast}, result(): {task.result()}")
        #> is fast: True, result(): fast
        #> is fast: False, result(): slow

    # a bare coroutine is wrapped in a task, and that task is yielded
    async for task in asyncio.as_completed([worker("bare", 1)]):
        print(f"{type(task).__name__}: {task.result()}")
        #> Task: bare

    go = asyncio.Event()
    waiting = asyncio.create_task(go.wait())
    try:
        async for _ in asyncio.as_completed([waiting], timeout=0.01):
            pass
    except TimeoutError:
        print("the async for loop raised TimeoutError")
        #> the async for loop raised TimeoutError
    print(f"task cancelled: {waiting.cancelled()}")
    #> task cancelled: False
    go.set()
    await waiting


asyncio.run(main())
