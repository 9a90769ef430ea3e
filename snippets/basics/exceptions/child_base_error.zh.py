# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []


async def child():
    await asyncio.sleep(0)
    raise SystemExit(3)  # 子任务里的 SystemExit（KeyboardInterrupt 同理）


async def sibling():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append("兄弟任务：被取消")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            tg.create_task(sibling())
    except SystemExit as e:
        log.append(f"main：在 async with 外接住 SystemExit({e.code})")
    log.append("main：正常返回")
    return "main 的结果"


try:
    result = asyncio.run(main())
    log.append(f"asyncio.run() 返回 {result}")
except SystemExit as e:
    log.append(f"asyncio.run() 仍然抛出 SystemExit({e.code})")
for line in log:
    print(line)
    #> 兄弟任务：被取消
    #> main：在 async with 外接住 SystemExit(3)
    #> main：正常返回
    #> asyncio.run() 仍然抛出 SystemExit(3)
