import asyncio
import os
import signal
import sys

log = []
background = set()  # 保存任务的强引用


async def worker(queue):
    job = await queue.get()
    try:
        await asyncio.Event().wait()  # 这项工作永远做不完
    except asyncio.CancelledError:
        log.append(f"工作者放弃 {job}")
        raise
    finally:
        queue.task_done()


async def main():
    if sys.platform == "win32":
        sys.exit("本示例只能在 POSIX 系统上运行（add_signal_handler）")
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    stop = asyncio.Event()

    def on_signal():
        if stop.is_set():  # 第二次信号：不再等排空
            main_task.cancel()
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal)
    try:
        queue = asyncio.Queue()
        queue.put_nowait("导出报表")
        background.add(asyncio.create_task(worker(queue)))
        os.kill(os.getpid(), signal.SIGTERM)  # 第一次：开始优雅退出
        await stop.wait()
        log.append("收到 SIGTERM，排空队列，最多等 10 秒")
        draining = asyncio.create_task(asyncio.wait_for(queue.join(), 10))
        await asyncio.sleep(0)
        os.kill(os.getpid(), signal.SIGINT)  # 第二次：用户不想等了
        await draining
    except asyncio.CancelledError:
        log.append("主任务被取消：放弃排空")
        raise
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


try:
    asyncio.run(main())
except asyncio.CancelledError:
    log.append("asyncio.run() 抛出 CancelledError")
for line in log:
    print(line)
    #> 收到 SIGTERM，排空队列，最多等 10 秒
    #> 主任务被取消：放弃排空
    #> 工作者放弃 导出报表
    #> asyncio.run() 抛出 CancelledError
