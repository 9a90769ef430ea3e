import asyncio

finished = []  # completion order


async def fetch(name, hops):
    for _ in range(hops):  # fewer hops, earlier finish
        await asyncio.sleep(0)
    finished.append(name)
    return f"{name}:{hops}"


async def main():
    results = await asyncio.gather(fetch("A", 3), fetch("B", 1), fetch("C", 2))
    print("completion order:", finished)
    #> completion order: ['B', 'C', 'A']
    print("result order:    ", results)
    #> result order:     ['A:3', 'B:1', 'C:2']


asyncio.run(main())
