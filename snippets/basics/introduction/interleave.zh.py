import asyncio

log = []


async def worker(name):
    log.append(f"{name}1")
    await asyncio.sleep(0)  # 挂起点：把控制权交还事件循环
    log.append(f"{name}2")


async def main():
    # 逐个 await：B 要等 A 整个跑完才开始
    await worker("A")
    await worker("B")
    print(f"逐个 await：{' '.join(log)}")
    #> 逐个 await：A1 A2 B1 B2

    log.clear()
    # gather 把两个协程包装成任务，由事件循环轮流推进
    await asyncio.gather(worker("A"), worker("B"))
    print(f"gather 并发：{' '.join(log)}")
    #> gather 并发：A1 B1 A2 B2


asyncio.run(main())
