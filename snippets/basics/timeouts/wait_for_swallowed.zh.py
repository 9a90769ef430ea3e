import asyncio


async def stubborn():
    try:
        await asyncio.Event().wait()  # 永远等不到：超时必然触发
    except asyncio.CancelledError:
        await asyncio.sleep(0)  # 清理本身也要 await
        return "部分结果"  # 错误：吞掉了取消


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), timeout=0.02)
        print(f"wait_for 返回：{result}")
        #> wait_for 返回：部分结果
    except asyncio.TimeoutError:
        print("wait_for 抛出 TimeoutError")


asyncio.run(main())
