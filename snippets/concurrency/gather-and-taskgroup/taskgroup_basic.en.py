# /// script
# requires-python = ">=3.11"
# ///
import asyncio

finished = []  # completion order


async def fetch(service, hops):
    for _ in range(hops):  # fewer yields, earlier finish
        await asyncio.sleep(0)
    finished.append(service)
    return f"{service} data"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(fetch("users", 3)),
            tg.create_task(fetch("orders", 1)),
            tg.create_task(fetch("stock", 2)),
        ]
    # once the async with is left, every task in the group has finished
    print(f"completion order: {finished}")
    #> completion order: ['orders', 'stock', 'users']
    print(f"result order:     {[t.result() for t in tasks]}")
    #> result order:     ['users data', 'orders data', 'stock data']


asyncio.run(main())
