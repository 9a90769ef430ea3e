# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def swallowing():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        pass  # 错误：取消永远到不了 __aexit__


async def fragile():
    try:
        await asyncio.sleep(10)
    finally:
        raise ConnectionError("关闭失败")  # 清理本身出错


async def main():
    async with asyncio.timeout(0.02) as cm:
        await swallowing()
    print(f"吞掉取消：没有异常，expired() = {cm.expired()}")
    #> 吞掉取消：没有异常，expired() = True

    try:
        async with asyncio.timeout(0.02) as cm:
            await fragile()
    except ConnectionError as exc:
        name = type(exc).__name__
        print(f"逃出的异常：{name}，expired() = {cm.expired()}")
        #> 逃出的异常：ConnectionError，expired() = True
        chain = []
        while exc.__context__ is not None:
            exc = exc.__context__
            chain.append(type(exc).__name__)
        print(f"__context__ 链：{' -> '.join(chain)}")
        #> __context__ 链：TimeoutError -> CancelledError


asyncio.run(main())
