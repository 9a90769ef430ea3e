# /// script
# requires-python = ">=3.15"
# ///
import asyncio


async def work(fix):
    me = asyncio.current_task()
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        if fix:
            me.uncancel()  # if you must swallow it, undo the count
    # after swallowing, the task uses a task group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(3600))
            tg.cancel()  # end the group early, without an error
        return "the group exited quietly"
    except asyncio.CancelledError:
        return "CancelledError escaped async with"


async def main():
    for fix in (False, True):
        task = asyncio.create_task(work(fix))
        await asyncio.sleep(0)  # let work reach its sleep
        task.cancel()  # work swallows this cancellation
        print(f"calls uncancel(): {fix}, result: {await task}")
        #> calls uncancel(): False, result: CancelledError escaped async with
        #> calls uncancel(): True, result: the group exited quietly


asyncio.run(main())
