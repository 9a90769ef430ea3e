import asyncio


async def save(release):
    await release.wait()  # 需要保护的工作
    return "已保存"


async def caller(inner):
    return await asyncio.shield(inner)


async def main():
    # 情形 1：调用者（外层的 await）被取消。
    release = asyncio.Event()
    inner = asyncio.create_task(save(release))  # 保存强引用
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)  # 此时 caller 停在 await shield(...) 上
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(f"调用者已取消：{outer.cancelled()}")
    #> 调用者已取消：True
    print(f"内层已取消：{inner.cancelled()}，已完成：{inner.done()}")
    #> 内层已取消：False，已完成：False
    release.set()
    print(f"内层的结果：{await inner}")
    #> 内层的结果：已保存

    # 情形 2：内层任务本身被取消。
    inner = asyncio.create_task(save(asyncio.Event()))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    inner.cancel()
    await asyncio.gather(outer, inner, return_exceptions=True)
    print(f"两者都已取消：{outer.cancelled() and inner.cancelled()}")
    #> 两者都已取消：True


asyncio.run(main())
