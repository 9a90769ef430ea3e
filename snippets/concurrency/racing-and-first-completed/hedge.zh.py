# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def hedged(attempt, *, delay, attempts):
    """先发一次请求；delay 秒内没有回答、或者它失败了，就再发一次。

    attempt(n) 返回第 n 次请求的协程。最先成功的回答胜出，
    其余的请求被取消并等到结束。全部失败时抛出 ExceptionGroup。
    """
    tasks, errors = [], []
    try:
        while True:
            if len(tasks) < attempts:
                tasks.append(asyncio.create_task(attempt(len(tasks) + 1)))
            running = [t for t in tasks if not t.done()]
            if not running:
                raise ExceptionGroup("所有请求都失败了", errors)
            more = len(tasks) < attempts
            done, _ = await asyncio.wait(
                running,
                timeout=delay if more else None,
                return_when=asyncio.FIRST_COMPLETED,
            )
            for t in tasks:  # 按发出的顺序检查，结果确定
                if t in done:
                    if t.exception() is None:
                        return t.result()
                    errors.append(t.exception())
            # 超时或者有请求失败：回到循环开头，再发一次
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def backend(plan, log):
    """plan[n] 决定第 n 次请求的表现：ok、slow 或 fail。"""

    async def attempt(n):
        log.append(f"发出 {n}")
        try:
            if plan[n] == "slow":
                await asyncio.sleep(10)  # 远远超过 delay
            await asyncio.sleep(0)
            if plan[n] == "fail":
                raise ConnectionError(n)
            return f"回答 {n}"
        except asyncio.CancelledError:
            log.append(f"取消 {n}")
            raise

    return attempt


async def main():
    for plan in (
        {1: "ok", 2: "ok"},  # 第一次就及时回答
        {1: "slow", 2: "ok"},  # 第一次太慢：再发一次
        {1: "fail", 2: "ok"},  # 第一次失败：立即再发
    ):
        log = []
        answer = await hedged(backend(plan, log), delay=0.05, attempts=2)
        print(f"{answer}；{log}")
        #> 回答 1；['发出 1']
        #> 回答 2；['发出 1', '发出 2', '取消 1']
        #> 回答 2；['发出 1', '发出 2']

    log = []
    try:
        await hedged(
            backend({1: "fail", 2: "fail"}, log), delay=0.05, attempts=2
        )
    except ExceptionGroup as eg:
        names = [type(e).__name__ for e in eg.exceptions]
        print(f"全部失败：{names}")
        #> 全部失败：['ConnectionError', 'ConnectionError']
        print(f"记录：{log}")
        #> 记录：['发出 1', '发出 2']

    # 两次请求都在等待时，调用者被取消
    log = []
    caller = asyncio.create_task(
        hedged(backend({1: "slow", 2: "slow"}, log), delay=0.05, attempts=2)
    )
    while len(log) < 2:
        await asyncio.sleep(0.01)
    caller.cancel()
    await asyncio.gather(caller, return_exceptions=True)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(f"调用者被取消：{caller.cancelled()}；剩下：{len(others)}")
    #> 调用者被取消：True；剩下：0
    print(f"记录：{log}")
    #> 记录：['发出 1', '发出 2', '取消 1', '取消 2']


asyncio.run(main())
