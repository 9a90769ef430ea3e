import asyncio


async def server(name, log):
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0)  # 关闭连接也要 await
        log.append(name)  # 记下：连接已关闭


async def main():
    log = []
    losers = [asyncio.create_task(server(name, log)) for name in ("a", "b")]
    await asyncio.sleep(0)  # 让它们开始运行
    for t in losers:
        t.cancel()
    # cancel() 只是提出请求：输家这时还没有结束
    print(f"cancel() 之后：{[t.cancelled() for t in losers]}，已关闭：{log}")
    #> cancel() 之后：[False, False]，已关闭：[]
    await asyncio.gather(*losers, return_exceptions=True)
    print(f"等待之后：{[t.cancelled() for t in losers]}，已关闭：{log}")
    #> 等待之后：[True, True]，已关闭：['a', 'b']


asyncio.run(main())
