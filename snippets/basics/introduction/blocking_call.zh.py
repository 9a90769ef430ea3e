import asyncio
import time

log = []


def legacy_io():
    time.sleep(0.01)  # 阻塞调用：在返回之前一直占住当前线程


async def heartbeat():
    log.append("心跳")


async def direct_call():
    legacy_io()  # 直接调用：事件循环所在的线程被占住


async def async_sleep():
    await asyncio.sleep(0.01)  # 挂起点：等待期间事件循环去运行别的任务


async def in_thread():
    await asyncio.to_thread(legacy_io)  # 把阻塞调用挪到另一个线程


async def work(wait):
    log.append("工作开始")
    await wait()
    log.append("工作结束")


async def main():
    for wait in (direct_call, async_sleep, in_thread):
        log.clear()
        await asyncio.gather(work(wait), heartbeat())
        print(wait.__name__ + "：", " -> ".join(log))
        #> direct_call： 工作开始 -> 工作结束 -> 心跳
        #> async_sleep： 工作开始 -> 心跳 -> 工作结束
        #> in_thread： 工作开始 -> 心跳 -> 工作结束


asyncio.run(main())
