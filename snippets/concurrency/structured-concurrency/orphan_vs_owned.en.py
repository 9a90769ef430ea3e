# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import gc


async def audit(hops):
    for _ in range(hops):  # yields stand for the time it takes
        await asyncio.sleep(0)
    raise ValueError("audit log write failed")


async def handle_orphan():
    asyncio.create_task(audit(2))  # an orphan: nobody owns or awaits it
    return "responded"


async def handle_owned():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(audit(2))  # the group owns it, awaits it before leaving
    return "responded"


def on_unhandled(loop, context):
    exc = context["exception"]
    print(f"exception handler got: {type(exc).__name__} (caller long gone)")
    #> exception handler got: ValueError (caller long gone)


async def main():
    asyncio.get_running_loop().set_exception_handler(on_unhandled)

    print(f"orphan version: {await handle_orphan()}")
    #> orphan version: responded
    print(f"tasks still running after return: {len(asyncio.all_tasks()) > 1}")
    #> tasks still running after return: True
    for _ in range(3):  # the program moves on; the orphan fails
        await asyncio.sleep(0)
    gc.collect()  # an unretrieved error is reported at GC time

    try:
        await handle_owned()
    except* ValueError as eg:
        print(f"owned version: caller got {type(eg.exceptions[0]).__name__}")
        #> owned version: caller got ValueError
    print(f"tasks still running after return: {len(asyncio.all_tasks()) > 1}")
    #> tasks still running after return: False


asyncio.run(main())
