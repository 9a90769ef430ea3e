import asyncio
import gc


async def save(release):
    await release.wait()
    raise RuntimeError("磁盘已满")  # 内层在调用者被取消之后失败


async def caller(inner):
    return await asyncio.shield(inner)


async def main():
    reports = []  # 事件循环的异常处理器收到的消息
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _, ctx: reports.append(ctx["message"]))

    release = asyncio.Event()
    inner = asyncio.create_task(save(release))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    release.set()
    await asyncio.wait([inner])  # 等它结束，但不取它的异常
    print(f"内层已结束：{inner.done()}，异常处理器收到：{reports}")
    #> 内层已结束：True，异常处理器收到：[]

    del inner, outer  # 丢掉最后的引用，任务对象被回收
    gc.collect()
    print(f"回收之后：{reports}")
    #> 回收之后：['Task exception was never retrieved']


asyncio.run(main())
