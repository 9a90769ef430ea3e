import asyncio

log = []


async def fetch(name, seconds):
    log.append(f"start {name}")
    await asyncio.sleep(seconds)  # stands for a network request
    log.append(f"got {name}")
    return name


async def main():
    # One by one: the second request starts only when the first is done,
    # about 0.2 + 0.05 seconds in all
    await fetch("user", 0.2)
    await fetch("orders", 0.05)
    print(f"one by one: {' → '.join(log)}")
    #> one by one: start user → got user → start orders → got orders

    log.clear()
    # Wrap both requests in tasks first, then wait: they run at the same
    # time, about 0.2 seconds in all
    user = asyncio.create_task(fetch("user", 0.2))
    orders = asyncio.create_task(fetch("orders", 0.05))
    print(f"results of the two tasks: {await user}, {await orders}")
    #> results of the two tasks: user, orders
    print(f"two tasks: {' → '.join(log)}")
    #> two tasks: start user → start orders → got orders → got user


asyncio.run(main())
