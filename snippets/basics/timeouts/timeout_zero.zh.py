# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []


async def work():
    log.append("work() 开始运行")


async def compute():
    return sum(range(10))  # 一次也不挂起就返回


async def main():
    try:
        async with asyncio.timeout(0):
            log.append("代码块开始")
            await asyncio.sleep(0)  # 第一个挂起点
            log.append("第一个 await 之后")  # 永远不会执行
    except TimeoutError:
        log.append("TimeoutError")
    print(log)
    #> ['代码块开始', 'TimeoutError']

    async with asyncio.timeout(0) as cm:
        total = await compute()  # 有 await，但没有挂起
    print(f"没有挂起点：{total}，expired() = {cm.expired()}")
    #> 没有挂起点：45，expired() = False

    log.clear()
    try:
        await asyncio.wait_for(work(), timeout=0)
    except TimeoutError:
        log.append("TimeoutError")
    print(f"wait_for(..., 0)：{log}")
    #> wait_for(..., 0)：['TimeoutError']


asyncio.run(main())
