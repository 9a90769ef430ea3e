# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)  # stands for a network request
    return f"{name} data"


async def main():
    async with asyncio.TaskGroup() as tg:
        user = tg.create_task(fetch("user", 0.2))
        orders = tg.create_task(fetch("orders", 0.05))
        print(f"end of the block, task done: {user.done()}")
        #> end of the block, task done: False
    # When the async with block is left, every task in the group has ended
    print(f"results: {user.result()}, {orders.result()}")
    #> results: user data, orders data


asyncio.run(main())
