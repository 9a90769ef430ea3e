import asyncio
import threading

started = threading.Event()
release = threading.Event()
finished = threading.Event()
log = []


def export_report():
    started.set()
    release.wait()  # a long blocking call: asyncio cannot interrupt it
    log.append("thread: report written")
    finished.set()
    return "report.csv"


async def main():
    task = asyncio.create_task(asyncio.to_thread(export_report))
    await asyncio.to_thread(started.wait)  # wait until the thread is at work
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"task cancelled: {task.cancelled()}")
    #> task cancelled: True
    print(f"thread still blocked: {not release.is_set() and not log}")
    #> thread still blocked: True
    release.set()  # let it go: the thread finishes, but nobody wants the result
    await asyncio.to_thread(finished.wait)  # wait without blocking the loop
    print(f"log: {log}")
    #> log: ['thread: report written']


asyncio.run(main())
