# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []  # 谁被取消了


class Found(Exception):
    """私有异常：只用来结束任务组，不代表出错"""


async def search(mirror, hops):
    try:
        for _ in range(hops):  # 让步次数代表查找的耗时
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{mirror} 被取消")
        raise
    raise Found(mirror)  # 目标已达到：让任务组取消其余任务


async def main():
    me = asyncio.current_task()
    found = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(search("镜像 A", 5))
            tg.create_task(search("镜像 B", 2))
            tg.create_task(search("镜像 C", 9))
    except* Found as eg:  # 只接住 Found；真正的错误照样传出
        found = [e.args[0] for e in eg.exceptions]
    print(f"找到：{found}")
    #> 找到：['镜像 B']
    print(f"记录：{sorted(log)}")
    #> 记录：['镜像 A 被取消', '镜像 C 被取消']
    print(f"cancelling()：{me.cancelling()}")
    #> cancelling()：0


asyncio.run(main())
