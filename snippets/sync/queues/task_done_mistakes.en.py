import asyncio


async def fragile_worker(queue):
    while True:
        item = await queue.get()
        if item == 2:
            raise ValueError("bad item")  # mistake: skips task_done() below
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    queue.put_nowait("a")
    queue.get_nowait()
    queue.task_done()
    try:
        queue.task_done()  # one call too many
    except ValueError:
        print("one task_done() too many: ValueError")
        #> one task_done() too many: ValueError

    for item in (1, 2, 3):
        queue.put_nowait(item)
    worker = asyncio.create_task(fragile_worker(queue))
    try:
        await asyncio.wait_for(queue.join(), timeout=0.1)
    except asyncio.TimeoutError:
        print("join() after the consumer failed: no return within 0.1 s")
        #> join() after the consumer failed: no return within 0.1 s
    print(f"consumer finished: {worker.done()}, left in queue: {queue.qsize()}")
    #> consumer finished: True, left in queue: 1
    try:
        await worker
    except ValueError:
        pass


asyncio.run(main())
