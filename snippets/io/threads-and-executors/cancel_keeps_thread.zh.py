import asyncio
import threading

started = threading.Event()
release = threading.Event()
finished = threading.Event()
log = []


def export_report():
    started.set()
    release.wait()  # 代表一次很长的阻塞调用：asyncio 打断不了它
    log.append("线程：报表写完了")
    finished.set()
    return "report.csv"


async def main():
    task = asyncio.create_task(asyncio.to_thread(export_report))
    await asyncio.to_thread(started.wait)  # 等线程真正开工
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"任务已取消：{task.cancelled()}")
    #> 任务已取消：True
    print(f"线程还在阻塞：{not release.is_set() and not log}")
    #> 线程还在阻塞：True
    release.set()  # 放行；线程做完工作，但返回值没有人要了
    await asyncio.to_thread(finished.wait)  # 不阻塞事件循环地等线程做完
    print(f"日志：{log}")
    #> 日志：['线程：报表写完了']


asyncio.run(main())
