# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []  # what happened, in order


async def fail():
    await asyncio.sleep(0)
    raise ValueError("order service failed")


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append("stubborn swallowed the cancellation")  # bug: no raise
    for i in range(3):  # still working when it should stop
        await asyncio.sleep(0)
        log.append(f"stubborn still working {i + 1}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            child = tg.create_task(stubborn())
            tg.create_task(fail())
    except* ValueError:
        log.append("only now the group raises ExceptionGroup")
    for entry in log:
        print(entry)
        #> stubborn swallowed the cancellation
        #> stubborn still working 1
        #> stubborn still working 2
        #> stubborn still working 3
        #> only now the group raises ExceptionGroup
    print(f"stubborn cancelled: {child.cancelled()}")
    #> stubborn cancelled: False


asyncio.run(main())
