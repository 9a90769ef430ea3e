import asyncio

keep_alive = []  # strong references that outlive main()


async def ticker():
    try:
        while True:
            yield "tick"
    except GeneratorExit:  # aclose() throws GeneratorExit in at the yield
        print("ticker: async generator closed")
        #> ticker: async generator closed
        raise


async def background():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("background: got CancelledError")
        #> background: got CancelledError
        raise


async def main():
    keep_alive.append(asyncio.create_task(background()))
    gen = ticker()
    print("main: got", await gen.__anext__())
    #> main: got tick
    keep_alive.append(gen)  # the generator is paused at yield, unfinished
    await asyncio.sleep(0)  # let background start
    print("main: returning, asyncio.run() does the rest")
    #> main: returning, asyncio.run() does the rest


asyncio.run(main())
print("asyncio.run() has returned")
#> asyncio.run() has returned
