import asyncio

log = []


async def producer(queue):
    for item in range(1, 6):
        await queue.put(item)  # waits here while the queue is full
        log.append(f"put{item}")
    await queue.put(None)  # sentinel: no more items


async def consumer(queue):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0)  # slower than the producer: 2 extra yields
        await asyncio.sleep(0)
        log.append(f"done{item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))
    print(f"order: {' '.join(log)}")
    #> order: put1 put2 put3 done1 put4 done2 put5 done3 done4 done5


asyncio.run(main())
