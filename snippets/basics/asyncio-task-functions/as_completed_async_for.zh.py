# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(name, yields):
    for _ in range(yields):
        await asyncio.sleep(0)
    return name


async def main():
    slow = asyncio.create_task(worker("slow", 3))
    fast = asyncio.create_task(worker("fast", 1))
    async for task in asyncio.as_completed([slow, fast]):
        # 产出的任务已经完成：result() 不需要 await
        print(f"是 fast：{task is fast}，result()：{task.result()}")
        #> 是 fast：True，result()：fast
        #> 是 fast：False，result()：slow

    # 直接传入的协程会被包装成任务，产出的就是这个任务
    async for task in asyncio.as_completed([worker("bare", 1)]):
        print(f"{type(task).__name__}：{task.result()}")
        #> Task：bare

    go = asyncio.Event()
    waiting = asyncio.create_task(go.wait())
    try:
        async for _ in asyncio.as_completed([waiting], timeout=0.01):
            pass
    except TimeoutError:
        print("async for 循环抛出 TimeoutError")
        #> async for 循环抛出 TimeoutError
    print(f"任务被取消：{waiting.cancelled()}")
    #> 任务被取消：False
    go.set()
    await waiting


asyncio.run(main())
