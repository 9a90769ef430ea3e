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
    try:
        task.result()
    except asyncio.InvalidStateError:
        print("too early:", task.done(), "-> InvalidStateError")
    await task
    print("result:", task.result(), "exception:", task.exception())

    failed = asyncio.create_task(boom())
    await asyncio.wait([failed])
    exc = failed.exception()
    print("exception():", type(exc).__name__, exc)
    try:
        failed.result()
    except ValueError as e:
        print("result() re-raises:", type(e).__name__)

    stuck = asyncio.create_task(forever())
    await asyncio.sleep(0)
    stuck.cancel()
    await asyncio.wait([stuck])
    print("cancelled:", stuck.cancelled())
    for method in (stuck.result, stuck.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(f"{method.__name__}() raises CancelledError")


asyncio.run(main())
