# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def check(item):
    await asyncio.sleep(0)
    if isinstance(item, str):
        raise TypeError(f"不是数字: {item}")
    if item < 0:
        raise ValueError(f"负数: {item}")
    return item


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for item in [3, -1, "x", -2]:
                tg.create_task(check(item))
    except* ValueError as eg:
        # eg 只含 ValueError，它们单独组成一个异常组。
        print(type(eg).__name__, "含", len(eg.exceptions), "个异常:")
        #> ExceptionGroup 含 2 个异常:
        for e in eg.exceptions:
            print("  ValueError:", e)
            #>   ValueError: 负数: -1
            #>   ValueError: 负数: -2
    except* TypeError as eg:
        print(type(eg).__name__, "含", len(eg.exceptions), "个异常:")
        #> ExceptionGroup 含 1 个异常:
        for e in eg.exceptions:
            print("  TypeError:", e)
            #>   TypeError: 不是数字: x
    print("两个子句都运行了；没有剩下要传播的异常")
    #> 两个子句都运行了；没有剩下要传播的异常


asyncio.run(main())
