# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

step = contextvars.ContextVar("step", default="not started")


async def login():
    step.set("logged in")


async def fetch():
    return f"fetch sees: {step.get()}"


async def main():
    shared = contextvars.copy_context()  # one context for both tasks
    await asyncio.create_task(login(), context=shared)
    print(await asyncio.create_task(fetch(), context=shared))
    #> fetch sees: logged in
    print(f"value in shared: {shared[step]}")
    #> value in shared: logged in
    print(f"main sees: {step.get()}")  # main's own context is unchanged
    #> main sees: not started


asyncio.run(main())
