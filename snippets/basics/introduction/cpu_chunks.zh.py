import asyncio

log = []


async def heartbeat():
    for _ in range(2):
        log.append("心跳")
        await asyncio.sleep(0)


async def crunch(chunked):
    total = 0
    for part in range(3):
        # 纯计算：这一段里没有挂起点，别的任务插不进来
        start = part * 100_000
        total += sum(i * i for i in range(start, start + 100_000))
        log.append(f"计算 {part + 1}/3")
        if chunked:
            await asyncio.sleep(0)  # 每算完一段主动让步一次
    return total


async def main():
    for chunked in (False, True):
        log.clear()
        total, _ = await asyncio.gather(crunch(chunked), heartbeat())
        label = "分段让步" if chunked else "一口气算完"
        print(f"{label}：{total}")
        #> 一口气算完：8999955000050000
        #> 分段让步：8999955000050000
        print(" -> ".join(log))
        #> 计算 1/3 -> 计算 2/3 -> 计算 3/3 -> 心跳 -> 心跳
        #> 计算 1/3 -> 心跳 -> 计算 2/3 -> 心跳 -> 计算 3/3


asyncio.run(main())
