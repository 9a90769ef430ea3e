import asyncio

state = {"counter": 0}


async def no_suspend():
    return None  # no suspension point inside: awaiting it never yields


async def suspend_once():
    await asyncio.sleep(0)  # a real suspension point


async def increment(pause):
    value = state["counter"]  # read
    await pause()  # an await between the read and the write
    state["counter"] = value + 1  # write


async def run_three(pause):
    state["counter"] = 0
    await asyncio.gather(*(increment(pause) for _ in range(3)))
    return state["counter"]


async def main():
    print(f"await no_suspend(), result: {await run_three(no_suspend)}")
    #> await no_suspend(), result: 3
    print(f"await suspend_once(), result: {await run_three(suspend_once)}")
    #> await suspend_once(), result: 1


asyncio.run(main())
