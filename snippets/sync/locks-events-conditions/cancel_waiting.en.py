import asyncio


async def main():
    lock = asyncio.Lock()
    got = []

    async def worker(name):
        try:
            async with lock:
                got.append(name)
        except asyncio.CancelledError:
            got.append(f"{name} cancelled")
            raise

    await lock.acquire()
    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)  # A and B are both queued

    lock.release()  # the lock goes to A, first in the queue...
    a.cancel()  # ...but A is cancelled before it wakes up
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"result: {got}")
    #> result: ['A cancelled', 'B']
    print(f"A cancelled: {a.cancelled()}, lock free: {not lock.locked()}")
    #> A cancelled: True, lock free: True

    ready = asyncio.Event()
    waiting = asyncio.create_task(ready.wait())
    await asyncio.sleep(0)
    waiting.cancel()  # cancel a task that waits for the Event
    await asyncio.gather(waiting, return_exceptions=True)
    ready.set()  # the event itself is unaffected
    print(f"Event still usable: {await ready.wait()}")
    #> Event still usable: True


asyncio.run(main())
