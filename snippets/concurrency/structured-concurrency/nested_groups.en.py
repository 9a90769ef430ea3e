# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []  # how each step ended


async def step(name, hops, fail=False):
    try:
        for _ in range(hops):  # yields stand for the time it takes
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed to load")
    log.append(f"{name} done")


async def load_profile():
    async with asyncio.TaskGroup() as tg:  # inner task group
        tg.create_task(step("avatar", 1, fail=True))
        tg.create_task(step("friends", 50))


def shape(exc):
    """Draw a (nested) exception group as nested lists."""
    if isinstance(exc, BaseExceptionGroup):
        return [shape(e) for e in exc.exceptions]
    return type(exc).__name__


async def main():
    try:
        async with asyncio.TaskGroup() as tg:  # outer task group
            tg.create_task(load_profile())
            tg.create_task(step("suggestions", 50))
            tg.create_task(step("weather", 0))
    except* ValueError as eg:
        print(f"shape of the exception: {shape(eg)}")
        #> shape of the exception: [['ValueError']]
        leaf = eg.exceptions[0].exceptions[0]
        print(f"innermost exception: {leaf}")
        #> innermost exception: avatar failed to load
    for entry in sorted(log):
        print(f"ended: {entry}")
        #> ended: friends cancelled
        #> ended: suggestions cancelled
        #> ended: weather done


asyncio.run(main())
