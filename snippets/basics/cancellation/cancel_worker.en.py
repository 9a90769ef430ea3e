import asyncio


async def heartbeat(started, sent):
    """A background task: sends a heartbeat now and then until cancelled."""
    try:
        started.set()
        while True:
            await asyncio.sleep(3600)  # wait for the next beat: delivered here
            sent.append("ping")
    finally:
        print("heartbeat: stopping, releasing the connection")
        #> heartbeat: stopping, releasing the connection


async def main():
    is_exception = issubclass(asyncio.CancelledError, Exception)
    print(f"CancelledError is an Exception subclass: {is_exception}")
    #> CancelledError is an Exception subclass: False
    started = asyncio.Event()
    task = asyncio.create_task(heartbeat(started, []))
    await started.wait()  # heartbeat is now suspended in sleep()
    print("cancel() returned", task.cancel())
    #> cancel() returned True
    print("right after the request: cancelled() =", task.cancelled())
    #> right after the request: cancelled() = False
    try:
        await task  # yield control so the request can be delivered
    except asyncio.CancelledError:
        print("main: await task raised CancelledError")
        #> main: await task raised CancelledError
    print("after delivery: cancelled() =", task.cancelled())
    #> after delivery: cancelled() = True
    print("a second cancel() returned", task.cancel())
    #> a second cancel() returned False


asyncio.run(main())
