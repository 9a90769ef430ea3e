import asyncio


async def pages(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0)  # pretend to request the next page
        yield f"page {i}"


async def main():
    gen = pages(2)
    print(aiter(gen) is gen)  # aiter(x) is x.__aiter__()
    #> True
    print(await anext(gen))
    #> page 1
    print(await anext(gen, "no more"))
    #> page 2
    print(await anext(gen, "no more"))  # exhausted: the default
    #> no more
    try:
        await anext(gen)  # no default
    except StopAsyncIteration:
        print("no default: StopAsyncIteration")
        #> no default: StopAsyncIteration

    # Take just the first item (there may be none)
    first = await anext(pages(0), None)
    print(f"first item of an empty stream: {first}")
    #> first item of an empty stream: None


asyncio.run(main())
