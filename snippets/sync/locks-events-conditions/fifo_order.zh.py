import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def worker(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    await lock.acquire()  # 先占住锁，让后面的任务排队
    tasks = [asyncio.create_task(worker(n)) for n in "CAB"]
    await asyncio.sleep(0)  # 三个任务依次在 acquire() 处排队
    print(f"locked()：{lock.locked()}")
    #> locked()：True
    lock.release()
    await asyncio.gather(*tasks)
    print(f"拿到锁的顺序：{''.join(order)}")
    #> 拿到锁的顺序：CAB

    ready = asyncio.Event()
    woken = []

    async def waiter(name):
        result = await ready.wait()  # 返回 True
        woken.append(f"{name}={result}")

    tasks = [asyncio.create_task(waiter(n)) for n in "XYZ"]
    await asyncio.sleep(0)
    ready.set()  # 唤醒所有等待者
    await asyncio.gather(*tasks)
    print(f"被唤醒：{' '.join(woken)}")
    #> 被唤醒：X=True Y=True Z=True
    print(f"set 之后 wait()：{await ready.wait()}")  # 不再挂起
    #> set 之后 wait()：True


asyncio.run(main())
