import asyncio

log = []


async def slow_operation():
    try:
        await asyncio.sleep(10)
    finally:
        log.append("清理开始")
        for _ in range(3):  # 清理过程本身也要 await
            await asyncio.sleep(0)
        log.append("清理结束")


async def main():
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.02)
    except asyncio.TimeoutError as exc:
        log.append(f"wait_for 抛出 {type(exc).__name__}")
    for line in log:
        print(line)
        #> 清理开始
        #> 清理结束
        #> wait_for 抛出 TimeoutError


asyncio.run(main())
