import asyncio

log = []


async def fetch(name, seconds):
    log.append(f"开始取{name}")
    await asyncio.sleep(seconds)  # 模拟一次网络请求
    log.append(f"取到{name}")
    return name


async def main():
    # 逐个 await：第二个请求要等第一个完成才开始，总耗时约 0.2 + 0.05 秒
    await fetch("用户", 0.2)
    await fetch("订单", 0.05)
    print(f"逐个 await：{' → '.join(log)}")
    #> 逐个 await：开始取用户 → 取到用户 → 开始取订单 → 取到订单

    log.clear()
    # 先把两个请求都包装成任务，再等待：两者同时进行，总耗时约 0.2 秒
    user = asyncio.create_task(fetch("用户", 0.2))
    orders = asyncio.create_task(fetch("订单", 0.05))
    print(f"两个任务的结果：{await user}，{await orders}")
    #> 两个任务的结果：用户，订单
    print(f"两个任务：{' → '.join(log)}")
    #> 两个任务：开始取用户 → 开始取订单 → 取到订单 → 取到用户


asyncio.run(main())
