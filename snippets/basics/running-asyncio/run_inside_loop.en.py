import asyncio


async def work():
    await asyncio.sleep(0)
    return "done"


async def main():
    coro = work()
    try:
        asyncio.run(coro)  # wrong: an event loop is already running here
    except RuntimeError as e:
        print(type(e).__name__)
        #> RuntimeError
        print(e)
        #> asyncio.run() cannot be called from a running event loop
    finally:
        coro.close()  # never started: close it to avoid "never awaited"

    # The right way: inside a coroutine, just await (or use create_task)
    print(f"result of await: {await work()}")
    #> result of await: done


asyncio.run(main())
