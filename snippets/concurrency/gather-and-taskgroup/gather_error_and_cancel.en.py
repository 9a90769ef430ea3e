import asyncio


async def job(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad data")


async def main():
    slow = asyncio.create_task(job("slow", 10))
    g = asyncio.gather(fail(), slow)
    try:
        await g
    except ValueError as e:
        print(f"gather raised ValueError: {e}")
        #> gather raised ValueError: bad data
    # gather is already done: cancelling it now leaves slow alone
    print(f"g.cancel() returned: {g.cancel()}")
    #> g.cancel() returned: False
    print(f"slow still running: {not slow.done()}")
    #> slow still running: True
    print(f"slow's result: {await slow}")
    #> slow's result: slow

    # cancel gather itself: every unfinished child is cancelled
    x = asyncio.create_task(job("x", 5))
    y = asyncio.create_task(job("y", 5))
    g = asyncio.gather(x, y)
    await asyncio.sleep(0)
    print(f"g.cancel() returned: {g.cancel()}")
    #> g.cancel() returned: True
    try:
        await g
    except asyncio.CancelledError:
        print("await g raised CancelledError")
        #> await g raised CancelledError
    print(f"x, y cancelled: {x.cancelled()} {y.cancelled()}")
    #> x, y cancelled: True True


asyncio.run(main())
