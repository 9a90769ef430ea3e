import asyncio


async def worker(name, yields):
    for _ in range(yields):
        await asyncio.sleep(0)
    return name


async def main():
    slow = asyncio.create_task(worker("slow", 3))
    fast = asyncio.create_task(worker("fast", 1))
    for item in asyncio.as_completed([slow, fast]):
        original = item is slow or item is fast
        print(f"是协程：{asyncio.iscoroutine(item)}，是原任务：{original}")
        #> 是协程：True，是原任务：False
        #> 是协程：True，是原任务：False
        print(f"await 得到：{await item}")  # 结果按完成顺序到达
        #> await 得到：fast
        #> await 得到：slow

    go = asyncio.Event()
    waiting = asyncio.create_task(go.wait())
    for item in asyncio.as_completed([waiting], timeout=0.01):
        try:
            await item
        except asyncio.TimeoutError:
            print("产出的协程抛出 TimeoutError")
            #> 产出的协程抛出 TimeoutError
    print(f"任务被取消：{waiting.cancelled()}")
    #> 任务被取消：False
    go.set()
    await waiting


asyncio.run(main())
