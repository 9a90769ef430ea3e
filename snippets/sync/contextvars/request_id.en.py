import asyncio
import contextvars

# created once at module level; each task sees the value in its own context
request_id = contextvars.ContextVar("request_id", default="-")
lines = []


def log(message):
    # a function deep down knows which request it works for, without a parameter
    lines.append(f"[{request_id.get()}] {message}")


async def query_db():
    await asyncio.sleep(0)
    log("query the database")


async def handle(rid):
    request_id.set(rid)  # changes this task's context only
    log("start")
    await query_db()
    log("end")


async def main():
    # gather() wraps each coroutine in a task; each task copies the context
    await asyncio.gather(handle("A"), handle("B"))
    print("\n".join(lines))
    """
    [A] start
    [B] start
    [A] query the database
    [A] end
    [B] query the database
    [B] end
    """
    print(f"request_id in main: {request_id.get()}")
    #> request_id in main: -


asyncio.run(main())
