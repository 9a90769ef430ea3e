import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)  # 模拟一次网络请求
    return f"{name}数据"


async def main():
    # gather 把每个协程包装成任务，同时运行，等它们全部完成
    results = await asyncio.gather(
        fetch("用户", 0.2),
        fetch("订单", 0.05),
        fetch("库存", 0.1),
    )
    print(f"结果：{results}")  # 按参数顺序排列，不是完成顺序
    #> 结果：['用户数据', '订单数据', '库存数据']


asyncio.run(main())
