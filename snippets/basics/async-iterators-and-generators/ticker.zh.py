import asyncio
import inspect


async def ticker(interval, limit):
    """每隔 interval 秒产出一个序号，共 limit 个。"""
    for i in range(limit):
        yield i
        await asyncio.sleep(interval)


async def main():
    print(f"异步生成器函数：{inspect.isasyncgenfunction(ticker)}")
    #> 异步生成器函数：True
    gen = ticker(0.01, 10)
    print(f"调用得到：{type(gen).__name__}")
    #> 调用得到：async_generator

    async for tick in gen:
        print("tick", tick)
        #> tick 0
        #> tick 1
        #> tick 2
        if tick == 2:
            break
    print("break 之后")
    #> break 之后

    # break 没有结束生成器，它只是停在 yield 处
    print(f"还能接着取：{await anext(gen)}")
    #> 还能接着取：3
    await gen.aclose()  # 用完了，显式关闭
    print(f"关闭后：{await anext(gen, '没有了')}")
    #> 关闭后：没有了


asyncio.run(main())
