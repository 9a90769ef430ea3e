import asyncio

finished = []  # completion order


async def fetch(service, hops):
    for _ in range(hops):  # fewer yields, earlier finish
        await asyncio.sleep(0)
    finished.append(service)
    return f"{service} data"


async def main():
    results = await asyncio.gather(
        fetch("users", 3), fetch("orders", 1), fetch("stock", 2)
    )
    print(f"completion order: {finished}")
    #> completion order: ['orders', 'stock', 'users']
    print(f"result order:     {results}")
    #> result order:     ['users data', 'orders data', 'stock data']


asyncio.run(main())
