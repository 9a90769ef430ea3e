import asyncio


async def no_suspend():
    return "returned at once"  # no await inside: never suspends


async def body():
    asyncio.current_task().cancel()  # request our own cancellation
    print("1. after cancel(), the code carries on")
    #> 1. after cancel(), the code carries on
    value = await no_suspend()
    print(f"2. awaiting a coroutine that does not suspend: {value}")
    #> 2. awaiting a coroutine that does not suspend: returned at once
    done = asyncio.get_running_loop().create_future()
    done.set_result("already done")
    print(f"3. awaiting a finished Future: {await done}")
    #> 3. awaiting a finished Future: already done
    async with asyncio.Lock():  # the lock is free: acquired without suspending
        print("4. async with a free Lock: no suspension")
        #> 4. async with a free Lock: no suspension
    try:
        await asyncio.sleep(0)  # a real suspension point
        print("5. never printed")
    except asyncio.CancelledError:
        print("5. CancelledError delivered at sleep(0)")
        #> 5. CancelledError delivered at sleep(0)
        raise


async def main():
    task = asyncio.create_task(body())
    await asyncio.gather(task, return_exceptions=True)
    print("cancelled() =", task.cancelled())
    #> cancelled() = True


asyncio.run(main())
