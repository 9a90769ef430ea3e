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
    print("quick:", quick.result(), quick.get_coro())
    #> quick: hit None
    print("later:", later.result(), later.get_coro().__name__)
    #> later: done slow


asyncio.run(main())
