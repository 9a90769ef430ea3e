import asyncio


async def race(*coros):
    """返回最先完成的那个的结果；其余的取消，并等它们结束。"""
    tasks = [asyncio.create_task(c) for c in coros]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        # 同一轮里可能有几个一起完成：按传入的顺序取第一个
        winner = next(t for t in tasks if t in done)
        return winner.result()  # 赢家抛出的异常从这里传出
    finally:
        # 无论正常返回、赢家失败，还是调用者被取消，都走到这里
        for t in tasks:
            t.cancel()  # 对已经完成的任务，cancel() 什么也不做
        # 等输家真正结束；return_exceptions=True 收下它们的异常
        await asyncio.gather(*tasks, return_exceptions=True)


async def server(name, hops, log):
    """模拟一台服务器：让步 hops 次之后回答。"""
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        return f"{name} 的回答"
    except asyncio.CancelledError:
        log.append(name)  # 被取消时在这里关闭连接等
        raise


async def main():
    cancelled = []
    answer = await race(
        server("a", 5, cancelled),
        server("b", 2, cancelled),
        server("c", 4, cancelled),
    )
    print(f"结果：{answer}")
    #> 结果：b 的回答
    print(f"被取消的：{sorted(cancelled)}")
    #> 被取消的：['a', 'c']
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(f"还在运行的任务：{len(others)}")
    #> 还在运行的任务：0


asyncio.run(main())
