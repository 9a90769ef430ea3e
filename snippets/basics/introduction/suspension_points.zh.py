import asyncio

state = {"counter": 0}


async def no_suspend():
    return None  # 协程里没有挂起点：await 它不会让出控制权


async def suspend_once():
    await asyncio.sleep(0)  # 真正的挂起点


async def increment(pause):
    value = state["counter"]  # 读
    await pause()  # 读和写之间的 await
    state["counter"] = value + 1  # 写


async def run_three(pause):
    state["counter"] = 0
    await asyncio.gather(*(increment(pause) for _ in range(3)))
    return state["counter"]


async def main():
    print(f"await no_suspend()，结果：{await run_three(no_suspend)}")
    #> await no_suspend()，结果：3
    print(f"await suspend_once()，结果：{await run_three(suspend_once)}")
    #> await suspend_once()，结果：1


asyncio.run(main())
