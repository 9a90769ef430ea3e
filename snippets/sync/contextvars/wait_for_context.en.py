import asyncio
import contextvars

phase = contextvars.ContextVar("phase", default="before")


async def connect():
    phase.set("connected")
    inner = asyncio.current_task()
    return inner


async def main():
    caller = asyncio.current_task()
    inner = await asyncio.wait_for(connect(), timeout=10)
    print(f"runs in the caller's task: {inner is caller}")
    #> runs in the caller's task: True
    print(f"phase seen by the caller: {phase.get()}")
    #> phase seen by the caller: connected


asyncio.run(main())
