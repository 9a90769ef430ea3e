# /// script
# requires-python = ">=3.11"
# ///
import asyncio

finished = []  # 记录完成的先后


async def fetch(service, hops):
    for _ in range(hops):  # 让步次数越少，完成得越早
        await asyncio.sleep(0)
    finished.append(service)
    return f"{service}数据"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(fetch("用户", 3)),
            tg.create_task(fetch("订单", 1)),
            tg.create_task(fetch("库存", 2)),
        ]
    # 离开 async with 时，组里的任务都已结束
    print(f"完成顺序：{finished}")
    #> 完成顺序：['订单', '库存', '用户']
    print(f"结果顺序：{[t.result() for t in tasks]}")
    #> 结果顺序：['用户数据', '订单数据', '库存数据']


asyncio.run(main())
