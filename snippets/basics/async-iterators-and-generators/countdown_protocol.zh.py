import asyncio


class Countdown:
    """异步迭代器：从 n 倒数到 1。"""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self  # 直接返回异步迭代器本身

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration  # 通知 async for：没有下一项了
        await asyncio.sleep(0)  # 取下一项的过程中可以 await
        self.n -= 1
        return self.n + 1


async def main():
    async for i in Countdown(3):
        print("async for 取到", i)
        #> async for 取到 3
        #> async for 取到 2
        #> async for 取到 1

    # 语言参考手册给出的 async for 等价代码
    it = Countdown(2)
    it = type(it).__aiter__(it)
    while True:
        try:
            i = await type(it).__anext__(it)
        except StopAsyncIteration:
            print("StopAsyncIteration：循环结束")
            #> StopAsyncIteration：循环结束
            break
        print("手工取到", i)
        #> 手工取到 2
        #> 手工取到 1


asyncio.run(main())
