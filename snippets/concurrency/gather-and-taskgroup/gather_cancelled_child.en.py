import asyncio


async def job(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def caller(aws):
    return await asyncio.gather(*aws)  # catches nothing


async def main():
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 1))
    c = asyncio.create_task(job("c", 10))
    b.cancel()  # cancel just one child
    waiter = asyncio.create_task(caller([a, b, c]))
    await asyncio.gather(waiter, return_exceptions=True)
    print(f"caller cancelled: {waiter.cancelled()}")
    #> caller cancelled: True
    print(f"c still running: {not c.done()}")
    #> c still running: True
    print(f"results of a, c: {await a} {await c}")
    #> results of a, c: a c

    # return_exceptions=True: a cancellation is collected as a result
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 1))
    c = asyncio.create_task(job("c", 10))
    b.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in results])
    #> ['str', 'CancelledError', 'str']
    print(results[0], results[2])
    #> a c


asyncio.run(main())
