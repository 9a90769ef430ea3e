# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def cached():
    return "hit"  # never suspends


async def slow():
    await asyncio.sleep(0)  # suspends once
    return "done"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    quick = asyncio.create_task(cached())  # done when this returns
    later = asyncio.create_task(slow())  # handed to the loop
    await later
    print(f"quick: {quick.result()}, get_coro(): {quick.get_coro()}")
    #> quick: hit, get_coro(): None
    print(f"later: {later.result()}, get_coro(): {later.get_coro().__name__}")
    #> later: done, get_coro(): slow


asyncio.run(main())
