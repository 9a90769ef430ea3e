# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(seconds):
    if seconds:  # a fast request returns at once, without suspending
        await asyncio.sleep(seconds)  # stands in for a very slow server
    return "200 OK"


async def main():
    for name, seconds in [("fast request", 0), ("slow request", 10)]:
        try:
            async with asyncio.timeout(0.1):  # at most 0.1 s for this request
                reply = await fetch(seconds)
            print(f"{name}: {reply}")
            #> fast request: 200 OK
        except TimeoutError as exc:  # caught outside the async with
            print(f"{name}: {type(exc).__name__}")
            #> slow request: TimeoutError
    print("the program carries on")
    #> the program carries on


asyncio.run(main())
