import asyncio

STOP = object()
reached = asyncio.Event()  # set when item 4 starts
interrupted = []


async def handle(item):
    if item == 4:
        reached.set()
        try:
            # item 4 is slow: a future that never completes stands for hung I/O
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            interrupted.append(item)
            raise
    await asyncio.sleep(0)
    return item * 10


async def produce(queue, items, workers):
    for item in items:
        await queue.put(item)
    for _ in range(workers):
        await queue.put(STOP)


async def worker(queue, results, errors):
    while True:
        item = await queue.get()
        try:
            if item is STOP:
                return
            results[item] = await handle(item)
        except Exception as exc:
            errors[item] = type(exc).__name__
        finally:
            queue.task_done()


async def run_pipeline(items, results, workers=2, maxsize=2):
    queue = asyncio.Queue(maxsize)
    errors = {}
    tasks = [asyncio.create_task(produce(queue, items, workers))]
    for _ in range(workers):
        tasks.append(asyncio.create_task(worker(queue, results, errors)))
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors


async def main():
    items = range(1, 9)
    results = {}
    pipeline = asyncio.create_task(run_pipeline(items, results))
    await reached.wait()
    pipeline.cancel()  # cancel the pipeline halfway through
    try:
        await pipeline
    except asyncio.CancelledError:
        print(f"pipeline cancelled: {pipeline.cancelled()}")
        #> pipeline cancelled: True
    print(f"processed: {sorted(results)}")
    #> processed: [1, 2, 3]
    print(f"interrupted mid-item: {interrupted}")
    #> interrupted mid-item: [4]
    done = set(results) | set(interrupted)
    print(f"not processed: {[i for i in items if i not in done]}")
    #> not processed: [5, 6, 7, 8]
    print(f"tasks left: {len(asyncio.all_tasks()) - 1}")
    #> tasks left: 0


asyncio.run(main())
