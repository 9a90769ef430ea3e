# /// script
# requires-python = ">=3.12"
# ///
import asyncio

log = []


async def worker():
    log.append("第 1 步")
    await asyncio.sleep(0)  # 第一次挂起：剩下的部分交给事件循环调度
    log.append("第 2 步")


async def cached():
    return "命中"  # 一次也不挂起就结束


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)  # 3.12+
    task = asyncio.create_task(worker())
    print(f"create_task 刚返回：{log}，done：{task.done()}")
    #> create_task 刚返回：['第 1 步']，done：False
    quick = asyncio.create_task(cached())
    print(f"quick 已完成：{quick.done()}，结果：{quick.result()}")
    #> quick 已完成：True，结果：命中
    await task
    print(f"await 之后：{log}")
    #> await 之后：['第 1 步', '第 2 步']


asyncio.run(main())
