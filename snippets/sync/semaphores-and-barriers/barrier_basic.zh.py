# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def player(name):
        log.append(f"{name} 就绪")
        index = await barrier.wait()  # 等到 3 个任务都到达
        log.append(f"{name} 出发")
        return index

    first = asyncio.create_task(player("甲"))
    second = asyncio.create_task(player("乙"))
    await asyncio.sleep(0)  # 两个任务已在屏障前等待
    print(f"parties：{barrier.parties}，n_waiting：{barrier.n_waiting}")
    #> parties：3，n_waiting：2

    indices = await asyncio.gather(first, second, player("丙"))
    print(f"日志：{log}")
    #> 日志：['甲 就绪', '乙 就绪', '丙 就绪', '丙 出发', '甲 出发', '乙 出发']
    print(f"wait() 返回的序号：{sorted(indices)}")
    #> wait() 返回的序号：[0, 1, 2]

    # 屏障可以重复使用：再来一轮
    again = await asyncio.gather(*(barrier.wait() for _ in range(3)))
    print(f"第二轮序号：{sorted(again)}，broken：{barrier.broken}")
    #> 第二轮序号：[0, 1, 2]，broken：False


asyncio.run(main())
