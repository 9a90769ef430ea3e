# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0):  # 下一轮事件循环就到期
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                print("块内：CancelledError，cancelling() =", me.cancelling())
                #> 块内：CancelledError，cancelling() = 1
                raise
    except TimeoutError:
        print("块外：TimeoutError，cancelling() =", me.cancelling())
        #> 块外：TimeoutError，cancelling() = 0

    async with asyncio.timeout(0) as cm:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            pass  # 错误示范：吞掉了超时发出的取消
    print("吞掉之后：没有 TimeoutError，expired() =", cm.expired())
    #> 吞掉之后：没有 TimeoutError，expired() = True

    me.cancel()  # 请求取消自己：还没送达
    print("uncancel() 返回", me.uncancel())
    #> uncancel() 返回 0
    try:
        await asyncio.sleep(0)
        print("sleep(0) 正常返回：请求已被收回")
        #> sleep(0) 正常返回：请求已被收回
    except asyncio.CancelledError:
        print("sleep(0) 抛出 CancelledError：请求仍然有效")


asyncio.run(main())
