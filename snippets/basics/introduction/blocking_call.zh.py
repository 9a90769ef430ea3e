import asyncio
import threading

log = []
beat = threading.Event()  # 心跳运行过后被设置


def legacy_io():
    # 阻塞调用：一直占住所在的线程，直到心跳运行过，最多 0.5 秒
    beat.wait(timeout=0.5)


async def heartbeat():
    log.append("心跳")
    beat.set()


async def direct_call():
    legacy_io()  # 直接调用：事件循环所在的线程被占住


async def async_sleep():
    await asyncio.sleep(0.05)  # 挂起点：等待期间事件循环去运行别的任务


async def in_thread():
    await asyncio.to_thread(legacy_io)  # 把阻塞调用挪到另一个线程


async def work(wait):
    log.append("工作开始")
    await wait()
    log.append("工作结束")


async def main():
    for wait in (direct_call, async_sleep, in_thread):
        log.clear()
        beat.clear()
        await asyncio.gather(work(wait), heartbeat())
        print(f"{wait.__name__}：{' -> '.join(log)}")
        #> direct_call：工作开始 -> 工作结束 -> 心跳
        #> async_sleep：工作开始 -> 心跳 -> 工作结束
        #> in_thread：工作开始 -> 心跳 -> 工作结束


asyncio.run(main())
