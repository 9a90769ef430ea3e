# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def handler():
    print(f"handler sees: {request_id.get()}")
    #> handler sees: main
    #> handler sees: req-7
    request_id.set("changed inside")


async def main():
    request_id.set("main")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "req-7")
    copied = asyncio.create_task(handler())  # runs in a copy
    given = asyncio.create_task(handler(), context=ctx)  # 3.11+
    await asyncio.gather(copied, given)
    print(f"get_context() is ctx: {given.get_context() is ctx}")  # 3.12+
    #> get_context() is ctx: True
    print(f"ctx now holds: {ctx[request_id]}")
    #> ctx now holds: changed inside
    print(f"main still sees: {request_id.get()}")
    #> main still sees: main


asyncio.run(main())
