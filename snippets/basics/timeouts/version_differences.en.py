import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)


async def inner(caller):
    request_id.set("set inside wait_for")
    return asyncio.current_task() is caller


async def main():
    alias = asyncio.TimeoutError is TimeoutError
    print(f"asyncio.TimeoutError is TimeoutError: {alias}")
    #> asyncio.TimeoutError is TimeoutError: True
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.02)
    except TimeoutError:
        print("caught by: except TimeoutError")
        #> caught by: except TimeoutError
    except asyncio.TimeoutError:
        print("caught by: except asyncio.TimeoutError")

    caller = asyncio.current_task()
    same = await asyncio.wait_for(inner(caller), timeout=10)
    print(f"coroutine ran in the caller's task: {same}")
    #> coroutine ran in the caller's task: True
    visible = request_id.get() is not None
    print(f"its context variable is visible: {visible}")
    #> its context variable is visible: True


asyncio.run(main())
