import asyncio

STOP = object()  # sentinel: never equal to a real item


async def handle(item):
    """Processes one item; stands in for real I/O."""
    await asyncio.sleep(0)
    if item == 3:
        raise ValueError(f"bad item {item}")
    return item * 10


async def produce(queue, items, workers):
    for item in items:
        await queue.put(item)  # waits here while the queue is full
    for _ in range(workers):
        await queue.put(STOP)  # one sentinel per consumer, after all items


async def worker(queue, results, errors):
    while True:
        item = await queue.get()
        try:
            if item is STOP:
                return
            results[item] = await handle(item)
        except Exception as exc:  # one bad item must not stop the consumer
            errors[item] = type(exc).__name__
        finally:
            queue.task_done()


async def run_pipeline(items, workers=3, maxsize=2):
    queue = asyncio.Queue(maxsize)
    results, errors = {}, {}
    tasks = [asyncio.create_task(produce(queue, items, workers))]
    for _ in range(workers):
        tasks.append(asyncio.create_task(worker(queue, results, errors)))
    try:
        await asyncio.gather(*tasks)  # raises as soon as one of them fails
    finally:
        for task in tasks:  # on failure or cancellation, leave no task behind
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors


async def main():
    results, errors = await run_pipeline(range(1, 7))
    print(f"results: {dict(sorted(results.items()))}")
    #> results: {1: 10, 2: 20, 4: 40, 5: 50, 6: 60}
    print(f"failed: {errors}")
    #> failed: {3: 'ValueError'}
    print(f"tasks left: {len(asyncio.all_tasks()) - 1}")
    #> tasks left: 0


asyncio.run(main())
