import asyncio


async def main():
    cond = asyncio.Condition()
    jobs = []
    got = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: jobs)
            got.append(f"{name}:{jobs.pop(0)}")

    c1 = asyncio.create_task(consumer("c1"))
    c2 = asyncio.create_task(consumer("c2"))
    await asyncio.sleep(0)  # c1、c2 都在 wait() 里

    async with cond:
        jobs.append("a")
        cond.notify(1)  # 只唤醒排在最前面的 c1……
        c1.cancel()  # ……而 c1 在醒来之前被取消
    await asyncio.gather(c1, return_exceptions=True)
    for _ in range(5):  # 给 c2 几轮机会
        await asyncio.sleep(0)

    print(f"c2 完成：{c2.done()}，结果：{got}")
    #> c2 完成：True，结果：['c2:a']
    if not c2.done():
        c2.cancel()  # 唤醒丢失了：c2 会一直等下去
        await asyncio.gather(c2, return_exceptions=True)


asyncio.run(main())
