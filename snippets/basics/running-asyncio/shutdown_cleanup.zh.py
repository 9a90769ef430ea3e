import asyncio

steps = []  # 按发生顺序记下每一步，最后统一打印
keep_alive = []  # 比 main() 活得更久的强引用


async def ticker():
    try:
        while True:
            yield "tick"
    except GeneratorExit:  # aclose() 在 yield 处抛入 GeneratorExit
        steps.append("ticker：异步生成器被关闭")
        raise


async def background():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        steps.append("background：收到 CancelledError")
        raise


async def main():
    keep_alive.append(asyncio.create_task(background()))
    gen = ticker()
    steps.append(f"main：取到 {await gen.__anext__()}")
    keep_alive.append(gen)  # 生成器停在 yield 处，没有走完
    await asyncio.sleep(0)  # 让 background 开始运行
    steps.append("main：返回，剩下的交给 asyncio.run()")


asyncio.run(main())
steps.append("asyncio.run() 已返回")
for number, step in enumerate(steps, 1):
    print(number, step)
    #> 1 main：取到 tick
    #> 2 main：返回，剩下的交给 asyncio.run()
    #> 3 background：收到 CancelledError
    #> 4 ticker：异步生成器被关闭
    #> 5 asyncio.run() 已返回
