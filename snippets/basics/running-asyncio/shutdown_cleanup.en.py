import asyncio

steps = []  # record each step as it happens, print them all at the end
keep_alive = []  # strong references that outlive main()


async def ticker():
    try:
        while True:
            yield "tick"
    except GeneratorExit:  # aclose() throws GeneratorExit in at the yield
        steps.append("ticker: async generator closed")
        raise


async def background():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        steps.append("background: got CancelledError")
        raise


async def main():
    keep_alive.append(asyncio.create_task(background()))
    gen = ticker()
    steps.append(f"main: got {await gen.__anext__()}")
    keep_alive.append(gen)  # the generator is paused at yield, unfinished
    await asyncio.sleep(0)  # let background start
    steps.append("main: returning, asyncio.run() does the rest")


asyncio.run(main())
steps.append("asyncio.run() has returned")
for number, step in enumerate(steps, 1):
    print(number, step)
    #> 1 main: got tick
    #> 2 main: returning, asyncio.run() does the rest
    #> 3 background: got CancelledError
    #> 4 ticker: async generator closed
    #> 5 asyncio.run() has returned
