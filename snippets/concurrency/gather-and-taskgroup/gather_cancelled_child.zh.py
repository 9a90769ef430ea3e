import asyncio


async def job(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def caller(aws):
    return await asyncio.gather(*aws)  # 没有捕获任何异常


async def main():
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 1))
    c = asyncio.create_task(job("c", 10))
    b.cancel()  # 只取消其中一个子任务
    waiter = asyncio.create_task(caller([a, b, c]))
    await asyncio.gather(waiter, return_exceptions=True)
    print(f"调用方被取消：{waiter.cancelled()}")
    #> 调用方被取消：True
    print(f"c 还在运行：{not c.done()}")
    #> c 还在运行：True
    print(f"a、c 的结果：{await a} {await c}")
    #> a、c 的结果：a c

    # return_exceptions=True：取消也被当作结果收集
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 1))
    c = asyncio.create_task(job("c", 10))
    b.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in results])
    #> ['str', 'CancelledError', 'str']
    print(results[0], results[2])
    #> a c


asyncio.run(main())
