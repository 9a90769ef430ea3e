import asyncio


async def main():
    value = await asyncio.sleep(0.001, result="r")
    print(f"sleep(0.001, result='r') 返回：{value}")
    #> sleep(0.001, result='r') 返回：r
    print(f"sleep(0, result=0) 返回：{await asyncio.sleep(0, result=0)}")
    #> sleep(0, result=0) 返回：0

    loop = asyncio.get_running_loop()
    log = []

    def first():
        log.append("第一轮")
        loop.call_soon(log.append, "第二轮")  # 它运行时再排入一个回调

    loop.call_soon(first)  # 在让步之前排入就绪队列
    await asyncio.sleep(0)  # 快速路径：一次裸 yield，不设定时器
    print(f"sleep(0) 之后：{log}")
    #> sleep(0) 之后：['第一轮']
    await asyncio.sleep(-1)  # 任何 <= 0 的时长都走同一条路径
    print(f"sleep(-1) 之后：{log}")
    #> sleep(-1) 之后：['第一轮', '第二轮']


asyncio.run(main())
