import asyncio
import inspect


async def ticker(interval, limit):
    """Yield a sequence number every `interval` seconds, `limit` times."""
    for i in range(limit):
        yield i
        await asyncio.sleep(interval)


async def main():
    print(f"async generator function: {inspect.isasyncgenfunction(ticker)}")
    #> async generator function: True
    gen = ticker(0.01, 10)
    print(f"calling it gives: {type(gen).__name__}")
    #> calling it gives: async_generator

    async for tick in gen:
        print("tick", tick)
        #> tick 0
        #> tick 1
        #> tick 2
        if tick == 2:
            break
    print("after break")
    #> after break

    # break did not finish the generator: it is paused at its yield
    print(f"it can go on: {await anext(gen)}")
    #> it can go on: 3
    await gen.aclose()  # done with it: close it explicitly
    print(f"after closing: {await anext(gen, 'nothing left')}")
    #> after closing: nothing left


asyncio.run(main())
