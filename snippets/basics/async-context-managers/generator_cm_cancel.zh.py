import asyncio
from contextlib import asynccontextmanager

log = []


@asynccontextmanager
async def tidy(name):
    log.append(f"进入 {name}")
    try:
        yield name
    finally:
        log.append(f"退出 {name}")  # 正常结束、出错、被取消都会运行


@asynccontextmanager
async def swallowing(name):
    log.append(f"进入 {name}")
    try:
        yield name
    except asyncio.CancelledError:
        log.append("捕获了取消")  # ……却没有重新抛出


async def body(cm, started):
    async with cm as name:
        log.append(f"使用 {name}")
        started.set()
        await asyncio.sleep(3600)  # 在这里被取消
        log.append("不会执行到这里")


async def main():
    for cm in (tidy("db"), swallowing("cache")):
        log.clear()
        started = asyncio.Event()
        task = asyncio.create_task(body(cm, started))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        log.append(f"任务已取消：{task.cancelled()}")
        print(log)
        #> ['进入 db', '使用 db', '退出 db', '任务已取消：True']
        #> ['进入 cache', '使用 cache', '捕获了取消', '任务已取消：False']


asyncio.run(main())
