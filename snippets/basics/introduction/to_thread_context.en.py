import asyncio
import contextvars

# The current request's id: the coroutine handling the request sets it,
# the logging function reads it
request_id = contextvars.ContextVar("request_id", default="unset")


def write_log():
    # A synchronous function, run in a thread of the executor
    return request_id.get()


async def handle_request():
    request_id.set("r-42")
    loop = asyncio.get_running_loop()

    seen = await asyncio.to_thread(write_log)
    print(f"to_thread sees: {seen}")
    #> to_thread sees: r-42

    seen = await loop.run_in_executor(None, write_log)
    print(f"run_in_executor sees: {seen}")
    #> run_in_executor sees: unset

    # The fix: copy the current context and run the function in the copy
    ctx = contextvars.copy_context()
    seen = await loop.run_in_executor(None, ctx.run, write_log)
    print(f"run_in_executor + ctx.run sees: {seen}")
    #> run_in_executor + ctx.run sees: r-42


asyncio.run(handle_request())
