import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    print(f"取走 1 个，locked()：{sem.locked()}")
    #> 取走 1 个，locked()：False
    await sem.acquire()
    print(f"取走 2 个，locked()：{sem.locked()}")
    #> 取走 2 个，locked()：True
    sem.release()
    sem.release()
    sem.release()  # 多释放一次：Semaphore 不检查
    for _ in range(3):  # 现在可以连取 3 次
        await sem.acquire()
    print(f"多释放之后连取 3 次，locked()：{sem.locked()}")
    #> 多释放之后连取 3 次，locked()：True

    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        pass
    try:
        bounded.release()  # 超过初始值
    except ValueError as exc:
        print(f"BoundedSemaphore 多释放：{type(exc).__name__}")
        #> BoundedSemaphore 多释放：ValueError

    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print(f"初始值为负：{type(exc).__name__}")
        #> 初始值为负：ValueError


asyncio.run(main())
