import asyncio


async def work():
    await asyncio.sleep(0)
    return "done"


async def main():
    coro = work()
    try:
        asyncio.run(coro)  # 错误：这里已经有一个正在运行的事件循环
    except RuntimeError as e:
        print(type(e).__name__)
        #> RuntimeError
        print(e)
        #> asyncio.run() cannot be called from a running event loop
    finally:
        coro.close()  # 协程从未运行，关闭它以免 "never awaited" 警告

    # 正确做法：在协程里直接 await（或用 create_task 并发运行）
    print(f"await 的结果：{await work()}")
    #> await 的结果：done


asyncio.run(main())
