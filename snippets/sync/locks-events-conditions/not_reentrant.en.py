import asyncio

lock = asyncio.Lock()


async def inner():
    async with lock:  # the same task acquires the same lock again
        return "inner finished"


async def outer():
    async with lock:
        return await inner()  # waits forever: it holds the lock itself


async def main():
    try:
        # a timeout turns the deadlock into a visible exception
        print(await asyncio.wait_for(outer(), timeout=0.1))
    except asyncio.TimeoutError:
        print("result: timed out, outer() waits for a lock it holds")
        #> result: timed out, outer() waits for a lock it holds
    print(f"locked() after the timeout: {lock.locked()}")
    #> locked() after the timeout: False


asyncio.run(main())
