import asyncio
import threading


def blocking_source(loop, queue):
    """Runs in another thread: hands items to the queue through the loop."""
    for item in ("line1", "line2", "line3"):
        loop.call_soon_threadsafe(queue.put_nowait, item)
    loop.call_soon_threadsafe(queue.put_nowait, None)  # sentinel


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    thread = threading.Thread(target=blocking_source, args=(loop, queue))
    thread.start()
    received = []
    while (item := await queue.get()) is not None:
        received.append(item)
    thread.join()  # the thread has sent its sentinel and is ending
    print(f"received: {received}")
    #> received: ['line1', 'line2', 'line3']


asyncio.run(main())
