import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    got = []

    async def worker(name):
        async with sem:
            got.append(name)

    await sem.acquire()  # the only permit is taken first
    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)  # A and B queue, in that order
    print(f"locked() while they queue: {sem.locked()}")
    #> locked() while they queue: True

    sem.release()  # the permit goes to A, first in the queue...
    a.cancel()  # ...but A is cancelled before it wakes up
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"got a permit: {got}, A cancelled: {a.cancelled()}")
    #> got a permit: ['B'], A cancelled: True
    print(f"permit given back, locked(): {sem.locked()}")
    #> permit given back, locked(): False


asyncio.run(main())
