import asyncio


async def fetch(seconds):
    if seconds:  # a fast request returns at once, without suspending
        await asyncio.sleep(seconds)  # stands in for a very slow server
    return "200 OK"


async def main():
    for name, seconds in [("fast request", 0), ("slow request", 10)]:
        try:
            # a limit for this one call: at most 0.1 s
            reply = await asyncio.wait_for(fetch(seconds), timeout=0.1)
            print(f"{name}: {reply}")
            #> fast request: 200 OK
        except asyncio.TimeoutError as exc:  # the only spelling 3.10 catches
            print(f"{name}: {type(exc).__name__}")
            #> slow request: TimeoutError
    print("the program carries on")
    #> the program carries on


asyncio.run(main())
