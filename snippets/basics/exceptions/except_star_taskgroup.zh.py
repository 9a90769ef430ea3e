# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def check(item):
    await asyncio.sleep(0)
    if isinstance(item, str):
        raise TypeError(f"{item!r} 不是数字")
    if item < 0:
        raise ValueError(f"{item} 是负数")
    return item


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for item in [3, -1, "x", -2]:
                tg.create_task(check(item))
    except* ValueError as eg:
        # eg 只含 ValueError，它们单独组成一个异常组。
        print(f"{type(eg).__name__} 含 {len(eg.exceptions)} 个异常：")
        #> ExceptionGroup 含 2 个异常：
        for e in eg.exceptions:
            print(f"  ValueError：{e}")
            #>   ValueError：-1 是负数
            #>   ValueError：-2 是负数
    except* TypeError as eg:
        print(f"{type(eg).__name__} 含 {len(eg.exceptions)} 个异常：")
        #> ExceptionGroup 含 1 个异常：
        for e in eg.exceptions:
            print(f"  TypeError：{e}")
            #>   TypeError：'x' 不是数字
    print("两个子句都运行了；没有剩下要传播的异常")
    #> 两个子句都运行了；没有剩下要传播的异常


asyncio.run(main())
