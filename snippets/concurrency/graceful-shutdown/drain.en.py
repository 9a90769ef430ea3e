import asyncio
import os
import signal
import sys


async def worker(name, queue, log):
    while True:
        job = await queue.get()
        try:
            if job == "stuck job":
                await asyncio.Event().wait()  # never comes
            for _ in range(3):
                await asyncio.sleep(0)  # simulated work
            log.append(f"{name} finished {job}")
        except asyncio.CancelledError:
            log.append(f"{name} abandoned {job}")
            raise
        finally:
            queue.task_done()


async def acceptor(queue, stop, jobs):
    """Simulated intake: queue the jobs; stop taking more when asked."""
    for job in jobs:
        queue.put_nowait(job)
    await stop.wait()  # a real service keeps accepting here


async def shutdown(acceptor_task, queue, workers, drain_timeout):
    # 1. stop accepting new work (a real server: server.close())
    await acceptor_task
    # 2. drain: let accepted work finish, for drain_timeout seconds at most
    try:
        await asyncio.wait_for(queue.join(), drain_timeout)
    except asyncio.TimeoutError:
        print("drain timed out; cancelling what is left")
        #> drain timed out; cancelling what is left
    # 3. cancel the tasks that are left
    for t in workers:
        t.cancel()
    # 4. wait until they have really finished
    await asyncio.gather(*workers, return_exceptions=True)


def state(task):
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed ({type(task.exception()).__name__})"
    return "finished"


async def main():
    if sys.platform == "win32":
        sys.exit("this example runs on POSIX only (add_signal_handler)")
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    stop = asyncio.Event()

    def on_signal(sig):
        if stop.is_set():  # a second signal: stop waiting for the drain
            main_task.cancel()
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        queue = asyncio.Queue()
        log = []
        jobs = ["order 1", "order 2", "stuck job", "order 3"]
        acc = asyncio.create_task(acceptor(queue, stop, jobs), name="acceptor")
        workers = [
            asyncio.create_task(worker(f"w{i}", queue, log), name=f"w{i}")
            for i in (1, 2)
        ]
        while len(log) < 3:  # wait for the three normal jobs (w1 is stuck)
            await asyncio.sleep(0)
        # simulate an operator's SIGTERM (kill, a container stopping)
        os.kill(os.getpid(), signal.SIGTERM)
        await stop.wait()
        print("got SIGTERM, shutting down")
        #> got SIGTERM, shutting down
        await shutdown(acc, queue, workers, drain_timeout=0.2)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    for line in sorted(log):
        print(line)
        #> w1 abandoned stuck job
        #> w1 finished order 1
        #> w2 finished order 2
        #> w2 finished order 3
    for t in [acc, *workers]:
        print(f"{t.get_name()}: {state(t)}")
        #> acceptor: finished
        #> w1: cancelled
        #> w2: cancelled


asyncio.run(main())
