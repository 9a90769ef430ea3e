# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []  # who was cancelled


class Found(Exception):
    """A private exception: it only ends the group, it is not an error"""


async def search(mirror, hops):
    try:
        for _ in range(hops):  # the number of yields stands for search time
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{mirror} cancelled")
        raise
    raise Found(mirror)  # goal reached: make the group cancel the rest


async def main():
    me = asyncio.current_task()
    found = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(search("mirror A", 5))
            tg.create_task(search("mirror B", 2))
            tg.create_task(search("mirror C", 9))
    except* Found as eg:  # catches only Found; real errors still propagate
        found = [e.args[0] for e in eg.exceptions]
    print(f"found: {found}")
    #> found: ['mirror B']
    print(f"log: {sorted(log)}")
    #> log: ['mirror A cancelled', 'mirror C cancelled']
    print(f"cancelling(): {me.cancelling()}")
    #> cancelling(): 0


asyncio.run(main())
