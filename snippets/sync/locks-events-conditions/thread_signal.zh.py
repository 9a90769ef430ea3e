import asyncio
import threading


def blocking_job(loop, done, results):
    results.append(sum(range(1_000)))  # 线程里的阻塞工作
    # 不能直接调用 done.set()：Event 不是线程安全的
    loop.call_soon_threadsafe(done.set)


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    results = []
    thread = threading.Thread(target=blocking_job, args=(loop, done, results))
    thread.start()
    await done.wait()  # 在事件循环里等线程发来的信号
    thread.join()
    print(f"线程的结果：{results[0]}")
    #> 线程的结果：499500


asyncio.run(main())
