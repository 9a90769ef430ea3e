import asyncio


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    # async for 子句：列表、集合、字典推导式都可以
    print([x async for x in squares(5)])
    #> [0, 1, 4, 9, 16]
    print(sorted({x % 3 async for x in squares(5)}))
    #> [0, 1]
    print({x: x * x async for x in squares(3)})
    #> {0: 0, 1: 1, 4: 16}
    # 普通 for 子句 + await 也是异步推导式
    print([await double(x) for x in range(3) if x])
    #> [2, 4]
    # 圆括号得到的是异步生成器，要再用 async for 取值
    gen = (x + 1 async for x in squares(3))
    print(type(gen).__name__)
    #> async_generator
    print([y async for y in gen])
    #> [1, 2, 5]


asyncio.run(main())
