# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def server(hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    if hops == 2:
        raise ConnectionError("连接被重置")
    return hops * 10


async def main():
    by_task = {
        asyncio.create_task(server(hops)): name
        for name, hops in [("a", 5), ("b", 2), ("c", 4)]
    }
    # async for 产出原来的任务：用它查出是哪台服务器
    async for task in asyncio.as_completed(by_task):
        name = by_task[task]
        if task.exception() is not None:
            print(f"{name}：失败，{type(task.exception()).__name__}")
            #> b：失败，ConnectionError
        else:
            print(f"{name}：{task.result()}")
            #> c：40
            #> a：50


asyncio.run(main())
