# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)  # 模拟一次网络请求
    return f"{name}数据"


async def main():
    async with asyncio.TaskGroup() as tg:
        user = tg.create_task(fetch("用户", 0.2))
        orders = tg.create_task(fetch("订单", 0.05))
        print(f"代码块末尾，任务已完成：{user.done()}")
        #> 代码块末尾，任务已完成：False
    # 离开 async with 时，组里的任务都已经结束
    print(f"结果：{user.result()}，{orders.result()}")
    #> 结果：用户数据，订单数据


asyncio.run(main())
