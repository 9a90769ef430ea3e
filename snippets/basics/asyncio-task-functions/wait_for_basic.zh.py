import asyncio

cancelled = []  # 被 wait_for 取消的查询


async def query(name, answered):
    try:
        await answered.wait()  # 模拟一次请求：answered 被设置时得到回复
        return f"{name}的结果"
    except asyncio.CancelledError:
        cancelled.append(name)  # 超时后 wait_for 取消了它
        raise


async def main():
    answered = asyncio.Event()
    answered.set()  # 这个查询立刻得到回复
    result = await asyncio.wait_for(query("快查询", answered), timeout=1)
    print(f"返回：{result}")
    #> 返回：快查询的结果

    never = asyncio.Event()  # 这个查询永远得不到回复
    try:
        await asyncio.wait_for(query("慢查询", never), timeout=0.01)
    except asyncio.TimeoutError:  # 3.11 起就是内置的 TimeoutError
        print("慢查询：超时")
        #> 慢查询：超时
    print(f"被取消的查询：{cancelled}")
    #> 被取消的查询：['慢查询']


asyncio.run(main())
