import asyncio


async def ok():
    await asyncio.sleep(0)
    return 42


async def boom():
    raise ValueError("bad input")


async def forever():
    await asyncio.Event().wait()


async def main():
    task = asyncio.create_task(ok())
    for method in (task.result, task.exception):
        try:
            method()
        except asyncio.InvalidStateError:
            print(f"too early: {method.__name__}() -> InvalidStateError")
            #> too early: result() -> InvalidStateError
            #> too early: exception() -> InvalidStateError
    await task
    print(f"result(): {task.result()}, exception(): {task.exception()}")
    #> result(): 42, exception(): None

    failed = asyncio.create_task(boom())
    await asyncio.sleep(0)  # yield once: boom runs and fails
    exc = failed.exception()
    print(f"exception(): {type(exc).__name__} ({exc})")
    #> exception(): ValueError (bad input)
    try:
        failed.result()
    except ValueError as e:
        print(f"result() re-raises: {type(e).__name__}")
        #> result() re-raises: ValueError

    stuck = asyncio.create_task(forever())
    await asyncio.sleep(0)
    stuck.cancel()
    await asyncio.sleep(0)  # yield once: stuck gets the cancellation
    print(f"cancelled(): {stuck.cancelled()}")
    #> cancelled(): True
    for method in (stuck.result, stuck.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(f"{method.__name__}() raises CancelledError")
            #> result() raises CancelledError
            #> exception() raises CancelledError


asyncio.run(main())
