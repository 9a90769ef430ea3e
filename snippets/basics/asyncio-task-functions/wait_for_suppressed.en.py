import asyncio


async def stubborn():
    try:
        await asyncio.Event().wait()  # never set: the timeout will fire
    except asyncio.CancelledError:
        await asyncio.sleep(0)  # cleanup that itself awaits
        print("inner: cancel suppressed, cleanup finished")
        #> inner: cancel suppressed, cleanup finished
        return "partial"


async def runs_in(caller):
    return asyncio.current_task() is caller


async def never_started():
    print("never printed")


async def main():
    result = await asyncio.wait_for(stubborn(), timeout=0.01)
    print(f"wait_for returned: {result}")  # no TimeoutError
    #> wait_for returned: partial

    caller = asyncio.current_task()
    same = await asyncio.wait_for(runs_in(caller), timeout=10)
    print(f"coroutine ran in the caller's task: {same}")  # 3.12+
    #> coroutine ran in the caller's task: True

    try:
        await asyncio.wait_for(never_started(), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0: TimeoutError before the coroutine started")
        #> timeout=0: TimeoutError before the coroutine started
    alias = asyncio.TimeoutError is TimeoutError  # 3.11+: the same class
    print(f"asyncio.TimeoutError is TimeoutError: {alias}")
    #> asyncio.TimeoutError is TimeoutError: True


asyncio.run(main())
