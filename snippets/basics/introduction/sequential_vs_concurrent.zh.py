import asyncio
import time


async def fetch(i):
    await asyncio.sleep(0.05)  # 模拟一次耗时 0.05 秒的网络等待
    return i


async def main():
    # 真实耗时每次运行都不同，所以只打印它与 0.4 秒比较的结果
    start = time.perf_counter()
    results = []
    for i in range(10):
        results.append(await fetch(i))  # 一个等完再等下一个
    elapsed = time.perf_counter() - start
    print(f"顺序：{results}")
    #> 顺序：[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"顺序耗时 >= 0.4 秒：{elapsed >= 0.4}")
    #> 顺序耗时 >= 0.4 秒：True

    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    elapsed = time.perf_counter() - start
    print(f"并发：{results}")
    #> 并发：[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"并发耗时 < 0.4 秒：{elapsed < 0.4}")
    #> 并发耗时 < 0.4 秒：True


asyncio.run(main())
