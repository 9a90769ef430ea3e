import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n):  # 必须定义在模块顶层：子进程按名字导入它
    return n * n


async def main(pool):
    loop = asyncio.get_running_loop()
    jobs = [loop.run_in_executor(pool, square, n) for n in range(6)]
    print(f"平方：{await asyncio.gather(*jobs)}")
    #> 平方：[0, 1, 4, 9, 16, 25]
    print(f"启动方法：{multiprocessing.get_start_method()}")
    #> 启动方法：forkserver


if __name__ == "__main__":  # fork 之外的启动方法会在子进程里重新导入本文件
    # 启动子进程、关闭进程池都会阻塞：放在事件循环之外，整个程序共用这个进程池
    with ProcessPoolExecutor(max_workers=2) as pool:
        pool.submit(square, 0).result()  # 现在就启动子进程
        asyncio.run(main(pool))
