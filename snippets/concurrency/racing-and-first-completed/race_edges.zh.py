import asyncio


async def race(*coros):
    tasks = [asyncio.create_task(c) for c in coros]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        winner = next(t for t in tasks if t in done)
        return winner.result()
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def server(name, hops, log, fail=False):
    log.append(f"{name} 开始")
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        if fail:
            raise ConnectionError(name)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} 被取消")
        raise


def leftovers():
    return len(asyncio.all_tasks() - {asyncio.current_task()})


async def main():
    # 情形 1：最先结束的 b 失败了，失败就是这场竞速的结果
    log = []
    try:
        await race(server("a", 5, log), server("b", 2, log, fail=True))
    except ConnectionError as e:
        print(f"竞速失败：{type(e).__name__}({e})")
        #> 竞速失败：ConnectionError(b)
    print(f"记录：{log}")
    #> 记录：['a 开始', 'b 开始', 'a 被取消']
    print(f"剩下的任务：{leftovers()}")
    #> 剩下的任务：0

    # 情形 2：竞速进行到一半，调用者被取消
    log = []
    caller = asyncio.create_task(
        race(server("a", 100, log), server("b", 100, log))
    )
    while len(log) < 2:  # 等两台服务器都开始
        await asyncio.sleep(0)
    caller.cancel()
    try:
        await caller
    except asyncio.CancelledError:
        print(f"调用者被取消：{caller.cancelled()}")
        #> 调用者被取消：True
    print(f"记录：{log}")
    #> 记录：['a 开始', 'b 开始', 'a 被取消', 'b 被取消']
    print(f"剩下的任务：{leftovers()}")
    #> 剩下的任务：0


asyncio.run(main())
