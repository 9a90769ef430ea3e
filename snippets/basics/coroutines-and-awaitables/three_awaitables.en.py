import asyncio
import inspect


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()

    # 1. Coroutine: runs right here in the current task until it has a result
    print(f"coroutine: {await double(1)}")
    #> coroutine: 2

    # 2. Task: create_task hands the coroutine to the event loop; await waits
    task = asyncio.create_task(double(2))
    print(f"Task: {await task}")
    #> Task: 4

    # 3. Future: the result is filled in elsewhere, here by a call_soon callback
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "value set by a callback")
    print(f"done() before await: {fut.done()}")
    #> done() before await: False
    print(f"Future: {await fut}")
    #> Future: value set by a callback

    print(f"Task subclasses Future: {issubclass(asyncio.Task, asyncio.Future)}")
    #> Task subclasses Future: True
    coro = double(3)
    for obj in (coro, task, fut):
        print(f"{type(obj).__name__} is awaitable: {inspect.isawaitable(obj)}")
        #> coroutine is awaitable: True
        #> Task is awaitable: True
        #> Future is awaitable: True
    coro.close()  # only inspected, never run


asyncio.run(main())
