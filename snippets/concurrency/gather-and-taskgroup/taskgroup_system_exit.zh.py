# /// script
# requires-python = ">=3.11"
# ///
import asyncio

tasks = []  # 记下 main 的任务，asyncio.run() 结束后再看它


async def worker():
    await asyncio.sleep(0)
    raise SystemExit(3)  # 子任务要求退出程序


async def main():
    tasks.append(asyncio.current_task())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(3600)
    except SystemExit as e:  # 想在这里拦住它
        print(f"main 捕获了 SystemExit：{e.code}")
        #> main 捕获了 SystemExit：3
    return "main 正常返回"


try:
    asyncio.run(main())
except SystemExit as e:
    print(f"asyncio.run() 仍然抛出 SystemExit：{e.code}")
    #> asyncio.run() 仍然抛出 SystemExit：3
print(f"main 的结果：{tasks[0].result()}")
#> main 的结果：main 正常返回
