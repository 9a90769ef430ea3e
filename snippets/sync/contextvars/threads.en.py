import asyncio
import contextvars
import functools

tenant = contextvars.ContextVar("tenant", default="(not set)")


def blocking_lookup(label):
    # runs in a thread of the thread pool
    return f"{label}: {tenant.get()}"


async def main():
    tenant.set("tenant-42")
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking_lookup, "to_thread"))
    #> to_thread: tenant-42
    print(await loop.run_in_executor(None, blocking_lookup, "run_in_executor"))
    #> run_in_executor: (not set)
    ctx = contextvars.copy_context()  # carry the context by hand
    call = functools.partial(ctx.run, blocking_lookup, "ctx.run")
    print(await loop.run_in_executor(None, call))
    #> ctx.run: tenant-42


asyncio.run(main())
