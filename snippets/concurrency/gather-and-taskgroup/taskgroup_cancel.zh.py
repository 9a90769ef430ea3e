# /// script
# requires-python = ">=3.15"
# ///
import asyncio

found = []  # 找到的结果
log = []  # 谁被取消了


async def search(tg, mirror, hops):
    try:
        for _ in range(hops):  # 让步次数代表查找的耗时
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{mirror} 被取消")
        raise
    found.append(mirror)  # 先把结果存起来
    tg.cancel()  # 目标已达到：结束整个任务组
    return mirror  # 这个返回值拿不到：本任务也在组里，也被取消了


async def main():
    me = asyncio.current_task()
    async with asyncio.TaskGroup() as tg:
        b = tg.create_task(search(tg, "镜像 B", 2))
        tg.create_task(search(tg, "镜像 A", 5))
        tg.create_task(search(tg, "镜像 C", 9))
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            log.append("代码块被取消")
            raise
    # 没有异常传出 async with，main 照常往下执行
    print(f"找到：{found}")
    #> 找到：['镜像 B']
    print(f"记录：{sorted(log)}")
    #> 记录：['代码块被取消', '镜像 A 被取消', '镜像 C 被取消']
    print(f"镜像 B 的任务被取消：{b.cancelled()}")
    #> 镜像 B 的任务被取消：True
    print(f"cancelling() 回到：{me.cancelling()}")
    #> cancelling() 回到：0
    tg.cancel()  # 任务组已经退出：什么也不做
    print("退出后再调用 cancel()：没有效果")
    #> 退出后再调用 cancel()：没有效果


asyncio.run(main())
