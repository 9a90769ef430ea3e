import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad input")


async def main():
    task = asyncio.create_task(fail())
    try:
        await task  # 1. awaiting the task re-raises its exception
    except ValueError as e:
        print(f"await: {type(e).__name__} ({e})")
        #> await: ValueError (bad input)

    # The task stays finished, holding the exception:
    exc = task.exception()  # 2. exception() returns it, does not raise
    print(f"exception(): returned {type(exc).__name__}")
    #> exception(): returned ValueError
    try:
        task.result()  # 3. result() raises it again
    except ValueError:
        print("result(): raised ValueError again")
        #> result(): raised ValueError again

    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()  # nothing to read yet
    except asyncio.InvalidStateError:
        print("pending result(): InvalidStateError")
        #> pending result(): InvalidStateError
    fut.set_result(1)
    try:
        fut.set_result(2)  # a future completes only once
    except asyncio.InvalidStateError:
        print("second set_result(): InvalidStateError")
        #> second set_result(): InvalidStateError


asyncio.run(main())
