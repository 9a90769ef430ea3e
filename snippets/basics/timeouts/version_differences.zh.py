import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)


async def inner(caller):
    request_id.set("在 wait_for 内部设置")
    return asyncio.current_task() is caller


async def main():
    alias = asyncio.TimeoutError is TimeoutError
    print(f"asyncio.TimeoutError is TimeoutError：{alias}")
    #> asyncio.TimeoutError is TimeoutError：True
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.02)
    except TimeoutError:
        print("捕获它的是：except TimeoutError")
        #> 捕获它的是：except TimeoutError
    except asyncio.TimeoutError:
        print("捕获它的是：except asyncio.TimeoutError")

    caller = asyncio.current_task()
    same = await asyncio.wait_for(inner(caller), timeout=10)
    print(f"协程在调用者的任务中运行：{same}")
    #> 协程在调用者的任务中运行：True
    visible = request_id.get() is not None
    print(f"它设置的上下文变量之后可见：{visible}")
    #> 它设置的上下文变量之后可见：True


asyncio.run(main())
