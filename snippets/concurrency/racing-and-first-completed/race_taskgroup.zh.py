# /// script
# requires-python = ">=3.15"
# ///
import asyncio


async def race(*coros):
    """与示例 1 的 race() 相同，用任务组和 cancel() 来写。"""
    results = []

    async def entrant(coro):
        value = await coro
        if not results:  # 同一轮可能有两个完成：只收第一个
            results.append(value)
            tg.cancel()  # 取消其余的子任务；async with 正常退出

    async with asyncio.TaskGroup() as tg:
        for coro in coros:
            tg.create_task(entrant(coro))
    return results[0]


async def server(name, hops, log, fail=False):
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        if fail:
            raise ConnectionError(name)
        return name
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    log = []
    winner = await race(server("a", 5, log), server("b", 2, log))
    print(f"结果：{winner}；被取消的：{log}")
    #> 结果：b；被取消的：['a']

    log = []
    try:
        await race(server("a", 5, log), server("b", 2, log, fail=True))
    except* ConnectionError as eg:
        print(f"失败：{[str(e) for e in eg.exceptions]}；被取消的：{log}")
        #> 失败：['b']；被取消的：['a']


asyncio.run(main())
