# /// script
# requires-python = ">=3.12"
# ///
import asyncio


async def worker():
    print("worker：第一步")
    #> worker：第一步
    await asyncio.sleep(0)  # 第一次挂起：剩下的部分交给事件循环调度
    print("worker：第二步")
    #> worker：第二步


async def cached():
    return "命中"  # 一次也不挂起就结束


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)  # 3.12+
    task = asyncio.create_task(worker())
    print("create_task 已返回，done：", task.done())
    #> create_task 已返回，done： False
    quick = asyncio.create_task(cached())
    print("quick 已完成：", quick.done(), "结果：", quick.result())
    #> quick 已完成： True 结果： 命中
    await task


asyncio.run(main())
