import asyncio
import warnings

# Mistake one: return in finally. Since 3.14 compiling such code gives a
# SyntaxWarning (see the next example), so it is compiled from a string
# here, with the warning ignored.
SOURCE = """
async def load_return_in_finally(started):
    try:
        started.set()
        await asyncio.sleep(3600)  # waiting for the database
    finally:
        return "cached"  # swallows CancelledError
"""
namespace = {"asyncio": asyncio}
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    exec(compile(SOURCE, "load.py", "exec"), namespace)
load_return_in_finally = namespace["load_return_in_finally"]


async def load_bare_except(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    except:  # noqa: E722  mistake two: a bare except catches CancelledError
        return "cached"


async def load_reraise(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    except BaseException:
        # ... clean up ...
        raise  # right: whatever you catch, raise it again


async def main():
    for load in (load_return_in_finally, load_bare_except, load_reraise):
        started = asyncio.Event()
        task = asyncio.create_task(load(started))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if task.cancelled():
            outcome = "ended cancelled"
        else:
            outcome = f"ended normally, returned '{task.result()}'"
        print(f"{load.__name__}: {outcome}")
        #> load_return_in_finally: ended normally, returned 'cached'
        #> load_bare_except: ended normally, returned 'cached'
        #> load_reraise: ended cancelled


asyncio.run(main())
