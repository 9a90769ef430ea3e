# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import time


def block(seconds):
    time.sleep(seconds)  # 阻塞调用：期间事件循环无法运行任何回调


async def main():
    # 1. 内层的截止时间先到：由内层转换
    async with asyncio.timeout(10) as outer:
        try:
            async with asyncio.timeout(0.02) as inner:
                await asyncio.sleep(10)
        except TimeoutError:
            print("内层 TimeoutError，在外层块内被捕获")
            #> 内层 TimeoutError，在外层块内被捕获
    print(f"内层 expired()：{inner.expired()}，外层：{outer.expired()}")
    #> 内层 expired()：True，外层：False

    # 2. 外层的截止时间先到：内层原样放行
    try:
        async with asyncio.timeout(0.02) as outer:
            async with asyncio.timeout(10) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("外层 TimeoutError")
        #> 外层 TimeoutError
    print(f"内层 expired()：{inner.expired()}，外层：{outer.expired()}")
    #> 内层 expired()：False，外层：True

    # 3. 两个截止时间都在任务恢复之前过去：由受影响的最外层转换
    try:
        async with asyncio.timeout(0.02) as outer:
            async with asyncio.timeout(0.01) as inner:
                block(0.05)  # 故意阻塞，让两个截止时间都过去
                await asyncio.sleep(10)
    except TimeoutError:
        print("外层 TimeoutError")
        #> 外层 TimeoutError
    print(f"内层 expired()：{inner.expired()}，外层：{outer.expired()}")
    #> 内层 expired()：True，外层：True


asyncio.run(main())
