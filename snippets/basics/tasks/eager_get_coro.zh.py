# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def cached():
    return "命中"  # 一次也不挂起


async def slow():
    await asyncio.sleep(0)  # 挂起过一次
    return "完成"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    quick = asyncio.create_task(cached())  # 返回时已完成
    later = asyncio.create_task(slow())  # 挂起后交给事件循环
    await later
    print(f"quick：{quick.result()}，get_coro()：{quick.get_coro()}")
    #> quick：命中，get_coro()：None
    print(f"later：{later.result()}，get_coro()：{later.get_coro().__name__}")
    #> later：完成，get_coro()：slow


asyncio.run(main())
