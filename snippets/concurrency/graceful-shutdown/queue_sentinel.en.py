import asyncio

DONE = object()  # sentinel: an object no real job can be mistaken for


async def worker(name, queue, log):
    while True:
        job = await queue.get()
        try:
            if job is DONE:
                log.append(f"{name} got the sentinel, exits")
                return
            await asyncio.sleep(0)
            log.append(f"{name} finished {job}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in (1, 2)]
    for job in ("order 1", "order 2", "order 3"):
        await queue.put(job)
    # to stop: one sentinel per worker, queued behind the existing work
    for _ in workers:
        await queue.put(DONE)
    await asyncio.gather(*workers)
    for line in sorted(log):
        print(line)
        #> w1 finished order 1
        #> w1 finished order 3
        #> w1 got the sentinel, exits
        #> w2 finished order 2
        #> w2 got the sentinel, exits


asyncio.run(main())
