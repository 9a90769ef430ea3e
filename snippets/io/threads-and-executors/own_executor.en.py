import asyncio
import functools
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = peak = 0
both_in = threading.Barrier(2)  # lets threads through only in pairs


def convert(n, *, scale):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    both_in.wait(timeout=5)  # proves that two jobs really run at once
    with lock:
        running -= 1
    return n * scale


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        # run_in_executor takes no keyword arguments: use functools.partial
        jobs = [
            loop.run_in_executor(pool, functools.partial(convert, n, scale=10))
            for n in range(4)
        ]
        print(f"results: {await asyncio.gather(*jobs)}")
        #> results: [0, 10, 20, 30]
    print(f"most threads running at once: {peak}")
    #> most threads running at once: 2


asyncio.run(main())
