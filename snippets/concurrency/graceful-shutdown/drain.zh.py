import asyncio
import os
import signal
import sys


async def worker(name, queue, log):
    while True:
        job = await queue.get()
        try:
            if job == "卡住的任务":
                await asyncio.Event().wait()  # 永远等不到
            for _ in range(3):
                await asyncio.sleep(0)  # 模拟处理
            log.append(f"{name} 完成 {job}")
        except asyncio.CancelledError:
            log.append(f"{name} 放弃 {job}")
            raise
        finally:
            queue.task_done()


async def acceptor(queue, stop, jobs):
    """模拟接收请求：放进队列，收到停止请求就不再接收。"""
    for job in jobs:
        queue.put_nowait(job)
    await stop.wait()  # 真实的服务在这里继续接收请求


async def shutdown(acceptor_task, queue, workers, drain_timeout):
    # 1. 停止接收新工作（真实的服务器：server.close()）
    await acceptor_task
    # 2. 排空：等已经接收的工作做完，但最多等 drain_timeout 秒
    try:
        await asyncio.wait_for(queue.join(), drain_timeout)
    except asyncio.TimeoutError:
        print("排空超时，取消剩下的工作")
        #> 排空超时，取消剩下的工作
    # 3. 取消剩下的任务
    for t in workers:
        t.cancel()
    # 4. 等它们真正结束
    await asyncio.gather(*workers, return_exceptions=True)


def state(task):
    if task.cancelled():
        return "已取消"
    if task.exception() is not None:
        return f"失败（{type(task.exception()).__name__}）"
    return "已结束"


async def main():
    if sys.platform == "win32":
        sys.exit("本示例只能在 POSIX 系统上运行（add_signal_handler）")
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    stop = asyncio.Event()

    def on_signal(sig):
        if stop.is_set():  # 第二次信号：不再等排空
            main_task.cancel()
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        queue = asyncio.Queue()
        log = []
        jobs = ["订单 1", "订单 2", "卡住的任务", "订单 3"]
        acc = asyncio.create_task(acceptor(queue, stop, jobs), name="acceptor")
        workers = [
            asyncio.create_task(worker(f"w{i}", queue, log), name=f"w{i}")
            for i in (1, 2)
        ]
        while len(log) < 3:  # 等三项正常的工作做完（w1 卡住了）
            await asyncio.sleep(0)
        # 模拟运维发来 SIGTERM（kill 命令、容器停止）
        os.kill(os.getpid(), signal.SIGTERM)
        await stop.wait()
        print("收到 SIGTERM，开始退出")
        #> 收到 SIGTERM，开始退出
        await shutdown(acc, queue, workers, drain_timeout=0.2)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    for line in sorted(log):
        print(line)
        #> w1 完成 订单 1
        #> w1 放弃 卡住的任务
        #> w2 完成 订单 2
        #> w2 完成 订单 3
    for t in [acc, *workers]:
        print(f"{t.get_name()}：{state(t)}")
        #> acceptor：已结束
        #> w1：已取消
        #> w2：已取消


asyncio.run(main())
