import asyncio
import functools
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = peak = 0
both_in = threading.Barrier(2)  # 两个线程都到了才放行


def convert(n, *, scale):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    both_in.wait(timeout=5)  # 证明两个任务确实同时在跑
    with lock:
        running -= 1
    return n * scale


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        # run_in_executor 不接受关键字参数：用 functools.partial
        jobs = [
            loop.run_in_executor(pool, functools.partial(convert, n, scale=10))
            for n in range(4)
        ]
        print(f"结果：{await asyncio.gather(*jobs)}")
        #> 结果：[0, 10, 20, 30]
    print(f"同时运行的线程最多：{peak}")
    #> 同时运行的线程最多：2


asyncio.run(main())
