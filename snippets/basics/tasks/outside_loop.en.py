import asyncio


async def work():
    await asyncio.sleep(0)
    return "done"


coro = work()
try:
    asyncio.create_task(coro)  # wrong: no event loop is running here
except RuntimeError as e:
    print(f"outside an event loop: {type(e).__name__}")
    #> outside an event loop: RuntimeError
finally:
    coro.close()  # it never ran; close it to avoid a never-awaited warning


async def main():
    task = asyncio.create_task(work())  # right: create tasks in a coroutine
    print(f"inside a coroutine: {await task}")
    #> inside a coroutine: done


asyncio.run(main())
