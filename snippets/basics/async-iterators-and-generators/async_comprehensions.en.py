import asyncio


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    # An async for clause works in list, set and dict comprehensions
    print([x async for x in squares(5)])
    #> [0, 1, 4, 9, 16]
    print(sorted({x % 3 async for x in squares(5)}))
    #> [0, 1]
    print({x: x * x async for x in squares(3)})
    #> {0: 0, 1: 1, 4: 16}
    # A plain for clause plus await is an async comprehension too
    print([await double(x) for x in range(3) if x])
    #> [2, 4]
    # Parentheses give an async generator: take its values with async for
    gen = (x + 1 async for x in squares(3))
    print(type(gen).__name__)
    #> async_generator
    print([y async for y in gen])
    #> [1, 2, 5]


asyncio.run(main())
