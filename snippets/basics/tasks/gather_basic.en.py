import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)  # stands for a network request
    return f"{name} data"


async def main():
    # gather wraps each coroutine in a task, runs them at the same time and
    # waits until all are done
    results = await asyncio.gather(
        fetch("user", 0.2),
        fetch("orders", 0.05),
        fetch("stock", 0.1),
    )
    print(f"results: {results}")  # in argument order, not completion order
    #> results: ['user data', 'orders data', 'stock data']


asyncio.run(main())
