# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []  # 事情发生的先后


async def fail():
    await asyncio.sleep(0)
    raise ValueError("订单服务失败")


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append("stubborn 吞掉了取消")  # 错误：没有 raise
    for i in range(3):  # 该停的时候还在工作
        await asyncio.sleep(0)
        log.append(f"stubborn 还在工作 {i + 1}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            child = tg.create_task(stubborn())
            tg.create_task(fail())
    except* ValueError:
        log.append("任务组这时才抛出 ExceptionGroup")
    for entry in log:
        print(entry)
        #> stubborn 吞掉了取消
        #> stubborn 还在工作 1
        #> stubborn 还在工作 2
        #> stubborn 还在工作 3
        #> 任务组这时才抛出 ExceptionGroup
    print(f"stubborn 被取消：{child.cancelled()}")
    #> stubborn 被取消：False


asyncio.run(main())
