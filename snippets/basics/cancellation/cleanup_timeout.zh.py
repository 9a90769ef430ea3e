# /// script
# requires-python = ">=3.11"
# ///
import asyncio

LIMIT = 0  # 清理的时限：真实代码里是几秒；0 让示例立刻到期


async def flush():
    await asyncio.sleep(3600)  # 卡住的清理：对方不再应答


async def close_with_timeout_only():
    async with asyncio.timeout(LIMIT):
        await flush()


async def close_give_up_on_timeout():
    try:
        async with asyncio.timeout(LIMIT):
            await flush()
    except TimeoutError:
        pass  # 放弃清理；不再抛出，原来的取消接着传播


async def worker(started, close):
    try:
        started.set()
        await asyncio.sleep(3600)
    finally:
        await close()


async def main():
    for close in (close_with_timeout_only, close_give_up_on_timeout):
        started = asyncio.Event()
        task = asyncio.create_task(worker(started, close))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if task.cancelled():
            outcome = "任务以取消结束"
        else:
            error = type(task.exception()).__name__
            outcome = f"任务以 {error} 结束"
        print(f"{close.__name__}：{outcome}")
        #> close_with_timeout_only：任务以 TimeoutError 结束
        #> close_give_up_on_timeout：任务以取消结束


asyncio.run(main())
