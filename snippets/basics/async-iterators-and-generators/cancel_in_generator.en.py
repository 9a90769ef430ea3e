import asyncio
from contextlib import aclosing

steps = []  # each step, in the order it happened; printed at the end


async def numbers(case, started):
    try:
        yield 1
        started.set()
        await asyncio.Event().wait()  # case 1: paused inside the generator
        yield 2
    except BaseException as e:
        steps.append(f"case {case}: the generator sees {type(e).__name__}")
        raise


async def consume(case, started):
    async with aclosing(numbers(case, started)) as gen:
        async for _ in gen:
            if case == 2:
                started.set()
                await asyncio.Event().wait()  # case 2: paused in the body


async def main():
    for case in (1, 2):
        started = asyncio.Event()
        task = asyncio.create_task(consume(case, started))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        steps.append(f"case {case}: task cancelled: {task.cancelled()}")
    for step in steps:
        print(step)
        #> case 1: the generator sees CancelledError
        #> case 1: task cancelled: True
        #> case 2: the generator sees GeneratorExit
        #> case 2: task cancelled: True


asyncio.run(main())
