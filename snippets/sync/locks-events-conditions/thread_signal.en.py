import asyncio
import threading


def blocking_job(loop, done, results):
    results.append(sum(range(1_000)))  # blocking work in a thread
    # never call done.set() here: Event is not thread-safe
    loop.call_soon_threadsafe(done.set)


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    results = []
    thread = threading.Thread(target=blocking_job, args=(loop, done, results))
    thread.start()
    await done.wait()  # wait in the event loop for the thread's signal
    thread.join()
    print(f"the thread's result: {results[0]}")
    #> the thread's result: 499500


asyncio.run(main())
