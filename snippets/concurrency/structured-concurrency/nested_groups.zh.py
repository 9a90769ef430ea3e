# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []  # 每个步骤的结局


async def step(name, hops, fail=False):
    try:
        for _ in range(hops):  # 让步次数代表耗时
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name}被取消")
        raise
    if fail:
        raise ValueError(f"{name}加载失败")
    log.append(f"{name}完成")


async def load_profile():
    async with asyncio.TaskGroup() as tg:  # 内层任务组
        tg.create_task(step("头像", 1, fail=True))
        tg.create_task(step("好友", 50))


def shape(exc):
    """把（嵌套的）异常组画成嵌套列表。"""
    if isinstance(exc, BaseExceptionGroup):
        return [shape(e) for e in exc.exceptions]
    return type(exc).__name__


async def main():
    try:
        async with asyncio.TaskGroup() as tg:  # 外层任务组
            tg.create_task(load_profile())
            tg.create_task(step("推荐", 50))
            tg.create_task(step("天气", 0))
    except* ValueError as eg:
        print(f"异常的结构：{shape(eg)}")
        #> 异常的结构：[['ValueError']]
        leaf = eg.exceptions[0].exceptions[0]
        print(f"最里面的异常：{leaf}")
        #> 最里面的异常：头像加载失败
    for entry in sorted(log):
        print(f"结局：{entry}")
        #> 结局：天气完成
        #> 结局：好友被取消
        #> 结局：推荐被取消


asyncio.run(main())
