# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import inspect


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad data")


async def slow():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("slow cancelled")
        #> slow cancelled
        raise


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail())
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                print("body cancelled")
                #> body cancelled
                raise
    except ExceptionGroup as eg:
        for e in eg.exceptions:
            print(type(eg).__name__, "holds", type(e).__name__, e)
            #> ExceptionGroup holds ValueError bad data
    print("main carries on, cancelling() =", me.cancelling())
    #> main carries on, cancelling() = 0

    # once the group has finished, no task can be added
    coro = slow()
    try:
        tg.create_task(coro)
    except RuntimeError:
        print("create_task raised RuntimeError")
        #> create_task raised RuntimeError
    print(f"coroutine state: {inspect.getcoroutinestate(coro)}")
    #> coroutine state: CORO_CLOSED
    coro.close()  # 3.11/3.12 do not close it for us


asyncio.run(main())
