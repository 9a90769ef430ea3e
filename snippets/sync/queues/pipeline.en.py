# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def handle(item):
    """Processes one item; stands in for real I/O."""
    await asyncio.sleep(0)
    if item == 3:
        raise ValueError(f"bad item {item}")
    return item * 10


async def worker(queue, results, errors):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            return  # queue shut down and drained: a normal exit
        try:
            results[item] = await handle(item)
        except Exception as exc:  # one bad item must not stop the consumer
            errors[item] = type(exc).__name__
        finally:
            queue.task_done()  # always, or join() waits forever


async def run_pipeline(items, workers=3, maxsize=2):
    queue = asyncio.Queue(maxsize)  # bounded: put() waits when full
    results, errors = {}, {}
    async with asyncio.TaskGroup() as tg:
        for _ in range(workers):
            tg.create_task(worker(queue, results, errors))
        for item in items:
            await queue.put(item)
        await queue.join()  # every item put in has been processed
        queue.shutdown()  # consumers get QueueShutDown once it is empty
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
