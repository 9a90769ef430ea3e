# /// script
# requires-python = ">=3.15"
# ///
import asyncio


async def race(*coros):
    """示例 1 的 race()，改用任务组和 cancel() 来写。"""
    results = []

    def on_done(task):  # 完成回调：第一个成功的子任务收下结果
        if results or task.cancelled() or task.exception() is not None:
            return  # 失败由任务组处理
        results.append(task.result())
        tg.cancel()  # 取消其余的子任务；async with 正常退出

    async with asyncio.TaskGroup() as tg:
        for coro in coros:
            # 协程直接交给任务组：每个协程都会被 await，哪怕立即被取消
            tg.create_task(coro).add_done_callback(on_done)
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

    # 一台服务器不用 await 就回答（例如读缓存）：其余的照样被取消、等到结束
    log = []
    winner = await race(server("a", 0, log), server("b", 2, log))
    print(f"结果：{winner}；被取消的：{log}")
    #> 结果：a；被取消的：['b']


asyncio.run(main())
