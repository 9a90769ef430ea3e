import asyncio


async def run_pool(jobs, handle, workers=3):
    """Example 2's run_pool() without TaskGroup, so it runs on 3.10 too.

    If a job fails, the other tasks are cancelled and awaited, then the
    first error is raised; if the caller is cancelled, every task is
    cancelled and awaited before CancelledError propagates.
    """
    queue = asyncio.Queue(maxsize=2 * workers)  # bounded: backpressure
    results = {}
    done = object()  # end-of-work marker

    async def produce():
        for index, job in enumerate(jobs):
            await queue.put((index, job))  # waits here while the queue is full
        for _ in range(workers):
            await queue.put(done)  # one end marker per worker

    async def work():
        while (item := await queue.get()) is not done:
            index, job = item
            results[index] = await handle(job)

    tasks = [asyncio.create_task(produce())]
    tasks += [asyncio.create_task(work()) for _ in range(workers)]
    try:
        # wakes when all have ended, or when one fails
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        await cancel_and_wait(tasks)
    return [results[i] for i in range(len(results))]


async def cancel_and_wait(tasks):
    """Cancel tasks, wait until all have ended, then raise the first error."""
    for task in tasks:
        task.cancel()
    try:
        # cancelled again here, gather still waits for every task to end
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception():
                raise task.exception()  # errors win, as in TaskGroup


finished = []  # jobs that finished
interrupted = []  # jobs cancelled halfway
two_finished = None  # an Event set when two jobs have finished


async def process(n):
    try:
        for _ in range(n % 3 + 1):  # yields stand for the work
            await asyncio.sleep(0)
        if n == 4:
            raise ValueError(f"job {n}: bad data")
    except asyncio.CancelledError:
        interrupted.append(n)
        raise
    finished.append(n)
    if len(finished) == 2:
        two_finished.set()
    return n * n


def summary():
    others = len(asyncio.all_tasks()) - 1  # not counting main() itself
    text = (
        f"finished {sorted(finished)}, interrupted {sorted(interrupted)}, "
        f"tasks left {others}"
    )
    finished.clear()
    interrupted.clear()
    return text


async def main():
    global two_finished
    two_finished = asyncio.Event()
    # 1. Normal: 6 jobs, 3 workers
    results = await run_pool([1, 2, 3, 5, 6, 7], process)
    print(f"results: {results}")
    #> results: [1, 4, 9, 25, 36, 49]
    print(f"normal: {summary()}")
    #> normal: finished [1, 2, 3, 5, 6, 7], interrupted [], tasks left 0

    # 2. Job 4 fails: the other tasks are cancelled, the caller gets it
    try:
        await run_pool(range(1, 9), process)
    except ValueError as exc:
        print(f"caught: {exc}")
        #> caught: job 4: bad data
    print(f"error: {summary()}")
    #> error: finished [1, 2, 3, 5, 6], interrupted [7, 8], tasks left 0

    # 3. The caller is cancelled halfway
    two_finished.clear()
    pool = asyncio.create_task(run_pool([1, 2, 3, 5, 6, 7], process))
    await two_finished.wait()
    pool.cancel()
    try:
        await pool
    except asyncio.CancelledError:
        print(f"run_pool cancelled: {pool.cancelled()}")
        #> run_pool cancelled: True
    print(f"cancelled: {summary()}")
    #> cancelled: finished [1, 2, 3, 6], interrupted [5, 7], tasks left 0


asyncio.run(main())
