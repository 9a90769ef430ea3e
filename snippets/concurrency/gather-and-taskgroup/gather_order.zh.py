import asyncio

finished = []  # 记录完成的先后


async def fetch(service, hops):
    for _ in range(hops):  # 让步次数越少，完成得越早
        await asyncio.sleep(0)
    finished.append(service)
    return f"{service}数据"


async def main():
    results = await asyncio.gather(
        fetch("用户", 3), fetch("订单", 1), fetch("库存", 2)
    )
    print(f"完成顺序：{finished}")
    #> 完成顺序：['订单', '库存', '用户']
    print(f"结果顺序：{results}")
    #> 结果顺序：['用户数据', '订单数据', '库存数据']


asyncio.run(main())
