# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextlib


async def ticks():
    async with asyncio.TaskGroup() as tg:  # a task group in an async generator
        tg.create_task(asyncio.sleep(0))
        for n in range(10):
            yield n


async def main():
    try:
        async with contextlib.aclosing(ticks()) as gen:
            async for n in gen:
                if n == 1:
                    break  # stop early: aclosing calls aclose()
        print("aclose() finished normally")
        #> aclose() finished normally
    except BaseExceptionGroup as eg:
        names = [type(e).__name__ for e in eg.exceptions]
        print(f"aclose() raised {type(eg).__name__}: {names}")


asyncio.run(main())
