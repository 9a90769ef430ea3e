import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n):  # must be top-level: the child process imports it by name
    return n * n


async def main(pool):
    loop = asyncio.get_running_loop()
    jobs = [loop.run_in_executor(pool, square, n) for n in range(6)]
    print(f"squares: {await asyncio.gather(*jobs)}")
    #> squares: [0, 1, 4, 9, 16, 25]
    print(f"start method: {multiprocessing.get_start_method()}")
    #> start method: forkserver


if __name__ == "__main__":  # start methods other than fork re-import this file
    # starting the children and shutting the pool down both block: do them
    # outside the event loop, and share this one pool across the program
    with ProcessPoolExecutor(max_workers=2) as pool:
        pool.submit(square, 0).result()  # start a child process now
        asyncio.run(main(pool))
