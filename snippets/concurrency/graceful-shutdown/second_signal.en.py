import asyncio
import os
import signal
import sys

log = []
background = set()  # strong references to the tasks


async def worker(queue):
    job = await queue.get()
    try:
        await asyncio.Event().wait()  # this job never finishes
    except asyncio.CancelledError:
        log.append(f"worker abandoned {job}")
        raise
    finally:
        queue.task_done()


async def main():
    if sys.platform == "win32":
        sys.exit("this example runs on POSIX only (add_signal_handler)")
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    stop = asyncio.Event()

    def on_signal():
        if stop.is_set():  # a second signal: stop waiting for the drain
            main_task.cancel()
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal)
    try:
        queue = asyncio.Queue()
        queue.put_nowait("export report")
        background.add(asyncio.create_task(worker(queue)))
        os.kill(os.getpid(), signal.SIGTERM)  # first: begin a graceful shutdown
        await stop.wait()
        log.append("got SIGTERM; draining, for 10 s at most")
        draining = asyncio.create_task(asyncio.wait_for(queue.join(), 10))
        await asyncio.sleep(0)
        os.kill(os.getpid(), signal.SIGINT)  # second: the user will not wait
        await draining
    except asyncio.CancelledError:
        log.append("main task cancelled: drain abandoned")
        raise
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


try:
    asyncio.run(main())
except asyncio.CancelledError:
    log.append("asyncio.run() raised CancelledError")
for line in log:
    print(line)
    #> got SIGTERM; draining, for 10 s at most
    #> main task cancelled: drain abandoned
    #> worker abandoned export report
    #> asyncio.run() raised CancelledError
