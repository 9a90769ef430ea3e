# /// script
# requires-python = ">=3.15"
# ///
import asyncio

found = []  # what was found
log = []  # who was cancelled


async def search(tg, mirror, hops):
    try:
        for _ in range(hops):  # the number of yields stands for search time
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{mirror} cancelled")
        raise
    found.append(mirror)  # store the result first
    tg.cancel()  # goal reached: end the whole group
    return mirror  # lost: this task is in the group, so it is cancelled too


async def main():
    me = asyncio.current_task()
    async with asyncio.TaskGroup() as tg:
        b = tg.create_task(search(tg, "mirror B", 2))
        tg.create_task(search(tg, "mirror A", 5))
        tg.create_task(search(tg, "mirror C", 9))
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            log.append("body cancelled")
            raise
    # no exception comes out of the async with; main carries on
    print(f"found: {found}")
    #> found: ['mirror B']
    print(f"log: {sorted(log)}")
    #> log: ['body cancelled', 'mirror A cancelled', 'mirror C cancelled']
    print(f"mirror B's task cancelled: {b.cancelled()}")
    #> mirror B's task cancelled: True
    print(f"cancelling() is back to: {me.cancelling()}")
    #> cancelling() is back to: 0
    tg.cancel()  # the group has exited: does nothing
    print("cancel() after exit: no effect")
    #> cancel() after exit: no effect


asyncio.run(main())
