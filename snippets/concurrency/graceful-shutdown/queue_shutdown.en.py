# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(name, queue, log):
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # the queue is shut down and empty
            log.append(f"{name} exits")
            return
        try:
            await asyncio.sleep(0)
            log.append(f"{name} finished {job}")
        finally:
            queue.task_done()


async def main():
    # case 1: shutdown(); work already queued is still done
    queue = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in (1, 2)]
    for job in ("order 1", "order 2", "order 3"):
        queue.put_nowait(job)
    queue.shutdown()
    try:
        queue.put_nowait("order 4")
    except asyncio.QueueShutDown:
        print("no more puts after shutdown: QueueShutDown")
        #> no more puts after shutdown: QueueShutDown
    await asyncio.gather(*workers)
    for line in sorted(log):
        print(f"case 1: {line}")
        #> case 1: w1 exits
        #> case 1: w1 finished order 1
        #> case 1: w1 finished order 3
        #> case 1: w2 exits
        #> case 1: w2 finished order 2

    # case 2: shutdown(immediate=True) drops work not yet taken
    queue = asyncio.Queue()
    log = []
    for job in ("order 1", "order 2", "order 3"):
        queue.put_nowait(job)
    queue.shutdown(immediate=True)
    await queue.join()  # dropped work counts as done: join() returns at once
    await worker("w1", queue, log)
    print(f"case 2: {log}, items left in the queue: {queue.qsize()}")
    #> case 2: ['w1 exits'], items left in the queue: 0


asyncio.run(main())
