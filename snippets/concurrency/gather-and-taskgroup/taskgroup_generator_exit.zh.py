# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextlib


async def ticks():
    async with asyncio.TaskGroup() as tg:  # 异步生成器里的任务组
        tg.create_task(asyncio.sleep(0))
        for n in range(10):
            yield n


async def main():
    try:
        async with contextlib.aclosing(ticks()) as gen:
            async for n in gen:
                if n == 1:
                    break  # 提前结束：aclosing 调用 aclose()
        print("aclose() 正常结束")
        #> aclose() 正常结束
    except BaseExceptionGroup as eg:
        names = [type(e).__name__ for e in eg.exceptions]
        print(f"aclose() 抛出 {type(eg).__name__}：{names}")


asyncio.run(main())
