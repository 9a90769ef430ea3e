# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


async def main():
    try:
        await asyncio.wait([])
    except ValueError:
        print("wait([])：ValueError")
        #> wait([])：ValueError

    coro = job(1)
    try:
        await asyncio.wait([coro])  # 3.11 起禁止传入协程
    except TypeError:
        print("wait([协程])：TypeError")
        #> wait([协程])：TypeError
    coro.close()  # 它从未运行；关闭它以免产生警告

    tasks = [asyncio.create_task(job(n)) for n in (1, 2)]
    try:
        done, _ = await asyncio.wait(t for t in tasks)  # 3.12 起接受
        print(f"产出任务的生成器：{sorted(t.result() for t in done)}")
        #> 产出任务的生成器：[1, 2]
    except TypeError:
        print("产出任务的生成器：TypeError")
        await asyncio.wait(tasks)

    try:
        await asyncio.wait(t for t in [])  # 空生成器的真值为 True
    except (AssertionError, TypeError) as exc:
        print(f"空生成器：{type(exc).__name__}")
        #> 空生成器：AssertionError


asyncio.run(main())
