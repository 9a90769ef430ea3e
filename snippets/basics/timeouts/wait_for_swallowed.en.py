import asyncio


async def stubborn():
    try:
        await asyncio.Event().wait()  # never set: the timeout must fire
    except asyncio.CancelledError:
        await asyncio.sleep(0)  # cleanup that itself awaits
        return "partial result"  # wrong: the cancellation is swallowed


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), timeout=0.02)
        print(f"wait_for returned: {result}")
        #> wait_for returned: partial result
    except asyncio.TimeoutError:
        print("wait_for raised TimeoutError")


asyncio.run(main())
