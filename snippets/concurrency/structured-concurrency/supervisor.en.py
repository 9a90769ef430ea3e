# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def supervise(name, factory, max_restarts):
    """Run factory(); on an error restart it, at most max_restarts times.

    Only Exception triggers a restart: CancelledError is not an Exception,
    so a cancellation propagates and never restarts anything. When the
    restarts are used up, the last error is raised as it is.
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return await factory()
        except Exception as exc:
            print(f"{name}: run {attempt} failed ({exc})")
            #> sync: run 1 failed (connection reset)
            #> sync: run 2 failed (connection reset)
            #> report: run 1 failed (connection reset)
            #> report: run 2 failed (connection reset)
            #> report: run 3 failed (connection reset)
            if attempt > max_restarts:
                raise
        await asyncio.sleep(0)  # real code backs off: sleep(2 ** attempt)


def flaky(failures):
    """Fail the first `failures` calls, then succeed."""
    calls = 0

    async def run():
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        if calls <= failures:
            raise ConnectionError("connection reset")
        return f"succeeded on call {calls}"

    return run


async def forever():
    await asyncio.sleep(3600)


async def main():
    # 1. Fails twice, succeeds the third time
    async with asyncio.TaskGroup() as tg:
        sync = tg.create_task(supervise("sync", flaky(2), max_restarts=3))
    print(f"sync result: {sync.result()}")
    #> sync result: succeeded on call 3

    # 2. Out of restarts: the owning group gets the error, siblings cancelled
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(supervise("report", flaky(99), max_restarts=2))
            heartbeat = tg.create_task(forever())
    except* ConnectionError as eg:
        print(f"the group got: {[str(e) for e in eg.exceptions]}")
        #> the group got: ['connection reset']
    print(f"heartbeat cancelled: {heartbeat.cancelled()}")
    #> heartbeat cancelled: True

    # 3. Cancel a supervised task: no restart, the cancellation propagates
    task = asyncio.create_task(supervise("listener", forever, max_restarts=5))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"listener cancelled: {task.cancelled()}")
    #> listener cancelled: True


asyncio.run(main())
