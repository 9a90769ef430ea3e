import asyncio


async def work():
    await asyncio.sleep(0)
    return "完成"


coro = work()
try:
    asyncio.create_task(coro)  # 错误：这里没有正在运行的事件循环
except RuntimeError as e:
    print(f"在事件循环之外：{type(e).__name__}")
    #> 在事件循环之外：RuntimeError
finally:
    coro.close()  # 协程从未运行；关闭它，以免出现 never awaited 警告


async def main():
    task = asyncio.create_task(work())  # 正确：在协程里创建任务
    print(f"在协程里：{await task}")
    #> 在协程里：完成


asyncio.run(main())
