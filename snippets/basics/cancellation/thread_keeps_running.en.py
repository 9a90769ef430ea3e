import asyncio
import threading

go = threading.Event()
log = []


def blocking_job(loop, running):
    loop.call_soon_threadsafe(running.set)  # tell the loop: the thread started
    go.wait()  # blocking in a thread: asyncio cannot interrupt this
    log.append("thread: job done")


async def main():
    loop = asyncio.get_running_loop()
    running = asyncio.Event()
    job = asyncio.to_thread(blocking_job, loop, running)
    task = asyncio.create_task(job)
    await running.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("task cancelled() =", task.cancelled())
    #> task cancelled() = True
    print(f"the thread's log right now: {log}")
    #> the thread's log right now: []
    go.set()  # release the thread; asyncio.run() waits for the pool at shutdown


asyncio.run(main())
print(f"after asyncio.run() returned: {log}")
#> after asyncio.run() returned: ['thread: job done']
