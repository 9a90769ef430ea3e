import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

log = []


@asynccontextmanager
async def connect(name, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise ConnectionError(name)
    log.append(f"打开 {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        log.append(f"关闭 {name}")


async def flush():
    log.append("flush（协程回调）")


async def main():
    try:
        async with AsyncExitStack() as stack:
            for name in ("a", "b"):
                await stack.enter_async_context(connect(name))
            stack.push_async_callback(flush)
            stack.callback(log.append, "普通回调")
            await stack.enter_async_context(connect("c", fail=True))
            log.append("代码块")  # 不会执行到这里
    except ConnectionError as e:
        log.append(f"捕获 {e!r}")
    for line in log:
        print(line)
        #> 打开 a
        #> 打开 b
        #> 普通回调
        #> flush（协程回调）
        #> 关闭 b
        #> 关闭 a
        #> 捕获 ConnectionError('c')


asyncio.run(main())
