import asyncio
from contextlib import aclosing


async def numbers(started):
    try:
        yield 1
        started.set()
        await asyncio.Event().wait()  # case 1: paused inside the generator
        yield 2
    except BaseException as e:
        print("the generator sees", type(e).__name__)
        #> the generator sees CancelledError
        #> the generator sees GeneratorExit
        raise


async def consume(started, wait_in_body):
    async with aclosing(numbers(started)) as gen:
        async for _ in gen:
            if wait_in_body:
                started.set()
                await asyncio.Event().wait()  # case 2: paused in the body


async def main():
    for wait_in_body in (False, True):
        started = asyncio.Event()
        task = asyncio.create_task(consume(started, wait_in_body))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        print("task cancelled:", task.cancelled())
        #> task cancelled: True
        #> task cancelled: True


asyncio.run(main())
