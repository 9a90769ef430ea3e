# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import contextvars

deadline_ms = contextvars.ContextVar("deadline_ms", default=1000)


async def call_service():
    return f"deadline of the service call: {deadline_ms.get()} ms"


async def main():
    with deadline_ms.set(200):  # leaving the with block calls reset(token)
        print(await call_service())
        #> deadline of the service call: 200 ms
    print(await call_service())
    #> deadline of the service call: 1000 ms


asyncio.run(main())
