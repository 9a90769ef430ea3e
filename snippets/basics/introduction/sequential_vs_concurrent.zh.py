import asyncio
import time

waiting = {"now": 0, "most": 0}  # 正在等待的请求数，以及最多时有几个


async def fetch(i):
    waiting["now"] += 1
    waiting["most"] = max(waiting["most"], waiting["now"])
    await asyncio.sleep(0.05)  # 模拟一次耗时 0.05 秒的网络等待
    waiting["now"] -= 1
    return i


async def main():
    start = time.perf_counter()
    results = []
    for i in range(10):
        results.append(await fetch(i))  # 一个等完再等下一个
    sequential = time.perf_counter() - start
    print(f"顺序：{results}")
    #> 顺序：[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"顺序，最多同时等待的请求数：{waiting['most']}")
    #> 顺序，最多同时等待的请求数：1

    waiting["most"] = 0
    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    concurrent = time.perf_counter() - start
    print(f"并发：{results}")
    #> 并发：[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"并发，最多同时等待的请求数：{waiting['most']}")
    #> 并发，最多同时等待的请求数：10

    # 真实耗时每次运行都不同（约 0.5 秒和 0.05 秒），所以只打印两者的比较
    print(f"并发比顺序快：{concurrent < sequential}")
    #> 并发比顺序快：True


asyncio.run(main())
