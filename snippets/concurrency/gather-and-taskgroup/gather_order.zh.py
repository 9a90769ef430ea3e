import asyncio

finished = []  # 记录完成的先后


async def fetch(name, hops):
    for _ in range(hops):  # 让步次数越少，完成得越早
        await asyncio.sleep(0)
    finished.append(name)
    return f"{name}:{hops}"


async def main():
    results = await asyncio.gather(fetch("A", 3), fetch("B", 1), fetch("C", 2))
    print("完成顺序:", finished)
    #> 完成顺序: ['B', 'C', 'A']
    print("结果顺序:", results)
    #> 结果顺序: ['A:3', 'B:1', 'C:2']


asyncio.run(main())
