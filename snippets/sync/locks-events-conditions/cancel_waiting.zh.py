import asyncio


async def main():
    lock = asyncio.Lock()
    got = []

    async def worker(name):
        try:
            async with lock:
                got.append(name)
        except asyncio.CancelledError:
            got.append(f"{name} 被取消")
            raise

    await lock.acquire()
    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    await asyncio.sleep(0)  # A、B 都在排队

    lock.release()  # 锁交给排在最前面的 A……
    a.cancel()  # ……但 A 在醒来之前被取消了
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"结果：{got}")
    #> 结果：['A 被取消', 'B']
    print(f"A 已取消：{a.cancelled()}，锁空闲：{not lock.locked()}")
    #> A 已取消：True，锁空闲：True

    ready = asyncio.Event()
    waiting = asyncio.create_task(ready.wait())
    await asyncio.sleep(0)
    waiting.cancel()  # 取消一个等 Event 的任务
    await asyncio.gather(waiting, return_exceptions=True)
    ready.set()  # 事件本身不受影响
    print(f"Event 仍可用：{await ready.wait()}")
    #> Event 仍可用：True


asyncio.run(main())
