import asyncio

attempts = 0


async def flaky_fetch():
    """模拟一个不稳定的服务：前两次连接失败，第三次成功。"""
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("暂时连不上")
    return "数据"


async def fetch_with_retry(delay=0.01):
    while True:
        try:
            return await flaky_fetch()
        except ConnectionError:
            print(f"第 {attempts} 次失败，{delay} 秒后重试")
            #> 第 1 次失败，0.01 秒后重试
            #> 第 2 次失败，0.02 秒后重试
            await asyncio.sleep(delay)  # 等待期间，其他任务照常运行
            delay *= 2


async def sum_squares(n, pause_every=0):
    total = 0
    for i in range(1, n + 1):
        total += i * i
        if pause_every and i % pause_every == 0:
            await asyncio.sleep(0)  # 让步：让其他任务运行一轮
    return total


async def other_task(turns):
    while True:
        turns.append(1)  # 记下自己运行了一次
        await asyncio.sleep(0)


async def main():
    print(f"结果：{await fetch_with_retry()}")
    #> 结果：数据

    for pause_every in (0, 1000):
        turns = []
        other = asyncio.create_task(other_task(turns))
        await sum_squares(5000, pause_every)
        other.cancel()
        await asyncio.gather(other, return_exceptions=True)
        label = "从不让步"
        if pause_every:
            label = f"每 {pause_every} 步让步一次"
        print(f"{label}：计算期间另一个任务运行了 {len(turns)} 次")
        #> 从不让步：计算期间另一个任务运行了 0 次
        #> 每 1000 步让步一次：计算期间另一个任务运行了 5 次


asyncio.run(main())
