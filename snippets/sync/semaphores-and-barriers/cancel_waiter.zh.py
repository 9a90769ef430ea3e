import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    got = []

    async def worker(name):
        async with sem:
            got.append(name)

    await sem.acquire()  # 唯一的许可先被占走
    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)  # A、B 按顺序排队
    print(f"排队时 locked()：{sem.locked()}")
    #> 排队时 locked()：True

    sem.release()  # 许可交给排在最前面的 A……
    a.cancel()  # ……A 却在醒来之前被取消
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"拿到许可的：{got}，A 已取消：{a.cancelled()}")
    #> 拿到许可的：['B']，A 已取消：True
    print(f"许可已归还，locked()：{sem.locked()}")
    #> 许可已归还，locked()：False


asyncio.run(main())
