import asyncio

running = peak = 0


async def job(sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0)
        running -= 1


async def buggy_cleanup(sem):
    await sem.acquire()
    sem.release()
    sem.release()  # 错误：多释放了一次


async def main():
    global peak
    sem = asyncio.Semaphore(2)
    await buggy_cleanup(sem)  # 没有报错，上限悄悄变成了 3
    await asyncio.gather(*(job(sem) for _ in range(5)))
    print(f"Semaphore 多释放后的最大并发：{peak}")
    #> Semaphore 多释放后的最大并发：3

    peak = 0
    bounded = asyncio.BoundedSemaphore(2)
    try:
        await buggy_cleanup(bounded)
    except ValueError:
        print("BoundedSemaphore 多释放：ValueError")
        #> BoundedSemaphore 多释放：ValueError
    await asyncio.gather(*(job(bounded) for _ in range(5)))
    print(f"BoundedSemaphore 的最大并发：{peak}")
    #> BoundedSemaphore 的最大并发：2


asyncio.run(main())
