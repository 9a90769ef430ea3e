# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    # 1. 在截止时间到达之前把它推后
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 10)  # 需要更多时间
        await asyncio.sleep(0.05)  # 比最初的 0.01 秒更长
    print(f"推后之后：expired() = {cm.expired()}")
    #> 推后之后：expired() = False

    # 2. 先不设截止时间，知道之后再设
    try:
        async with asyncio.timeout(None) as cm:
            print(f"when() 为 None：{cm.when() is None}")
            #> when() 为 None：True
            cm.reschedule(loop.time() + 0.02)
            print(f"when() 为 None：{cm.when() is None}")
            #> when() 为 None：False
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"后设的截止时间：expired() = {cm.expired()}")
        #> 后设的截止时间：expired() = True

    # 3. 截止时间在调用 timeout() 时就定下了
    cm = asyncio.timeout(0.01)
    await asyncio.sleep(0.05)  # 还没进入代码块
    print(f"进入之前截止时间已过：{cm.when() < loop.time()}")
    #> 进入之前截止时间已过：True
    try:
        async with cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"创建得太早：expired() = {cm.expired()}")
        #> 创建得太早：expired() = True


asyncio.run(main())
