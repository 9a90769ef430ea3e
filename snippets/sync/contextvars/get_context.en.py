# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import contextvars

trace = contextvars.ContextVar("trace", default="none")


async def work():
    trace.set("set by work")


async def main():
    task = asyncio.create_task(work())
    await task
    ctx = task.get_context()  # the context the task ran in
    print(f"in the task's context: {ctx.get(trace)}")
    #> in the task's context: set by work
    print(f"in main's context: {trace.get()}")
    #> in main's context: none


asyncio.run(main())
