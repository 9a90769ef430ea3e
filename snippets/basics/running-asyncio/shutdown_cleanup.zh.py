import asyncio

keep_alive = []  # 比 main() 活得更久的强引用


async def ticker():
    try:
        while True:
            yield "tick"
    except GeneratorExit:  # aclose() 在 yield 处抛入 GeneratorExit
        print("ticker: 异步生成器被关闭")
        #> ticker: 异步生成器被关闭
        raise


async def background():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("background: 收到 CancelledError")
        #> background: 收到 CancelledError
        raise


async def main():
    keep_alive.append(asyncio.create_task(background()))
    gen = ticker()
    print("main: 取到", await gen.__anext__())
    #> main: 取到 tick
    keep_alive.append(gen)  # 生成器停在 yield 处，没有走完
    await asyncio.sleep(0)  # 让 background 开始运行
    print("main: 返回，剩下的交给 asyncio.run()")
    #> main: 返回，剩下的交给 asyncio.run()


asyncio.run(main())
print("asyncio.run() 已返回")
#> asyncio.run() 已返回
