import asyncio
import threading

go = threading.Event()
log = []


def blocking_job(loop, running):
    loop.call_soon_threadsafe(running.set)  # 告诉事件循环：线程已开工
    go.wait()  # 在线程里阻塞：asyncio 无法打断它
    log.append("线程：工作做完了")


async def main():
    loop = asyncio.get_running_loop()
    running = asyncio.Event()
    job = asyncio.to_thread(blocking_job, loop, running)
    task = asyncio.create_task(job)
    await running.wait()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("任务 cancelled() =", task.cancelled())
    #> 任务 cancelled() = True
    print(f"此时线程的记录：{log}")
    #> 此时线程的记录：[]
    go.set()  # 放行线程；asyncio.run() 关闭时会等线程池结束


asyncio.run(main())
print(f"asyncio.run() 返回后：{log}")
#> asyncio.run() 返回后：['线程：工作做完了']
