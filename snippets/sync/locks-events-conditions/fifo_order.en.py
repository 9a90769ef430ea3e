import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def worker(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    await lock.acquire()  # hold the lock so that the tasks queue up
    tasks = [asyncio.create_task(worker(n)) for n in "CAB"]
    await asyncio.sleep(0)  # the three tasks queue in acquire(), in order
    print(f"locked(): {lock.locked()}")
    #> locked(): True
    lock.release()
    await asyncio.gather(*tasks)
    print(f"order of acquiring: {''.join(order)}")
    #> order of acquiring: CAB

    ready = asyncio.Event()
    woken = []

    async def waiter(name):
        result = await ready.wait()  # returns True
        woken.append(f"{name}={result}")

    tasks = [asyncio.create_task(waiter(n)) for n in "XYZ"]
    await asyncio.sleep(0)
    ready.set()  # wakes every waiter
    await asyncio.gather(*tasks)
    print(f"woken: {' '.join(woken)}")
    #> woken: X=True Y=True Z=True
    print(f"wait() after set: {await ready.wait()}")  # does not suspend
    #> wait() after set: True


asyncio.run(main())
