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
    sem.release()  # bug: one release too many


async def main():
    global peak
    sem = asyncio.Semaphore(2)
    await buggy_cleanup(sem)  # no error: the limit is now quietly 3
    await asyncio.gather(*(job(sem) for _ in range(5)))
    print(f"Semaphore after the extra release, max concurrent: {peak}")
    #> Semaphore after the extra release, max concurrent: 3

    peak = 0
    bounded = asyncio.BoundedSemaphore(2)
    try:
        await buggy_cleanup(bounded)
    except ValueError:
        print("BoundedSemaphore extra release: ValueError")
        #> BoundedSemaphore extra release: ValueError
    await asyncio.gather(*(job(bounded) for _ in range(5)))
    print(f"BoundedSemaphore, max concurrent: {peak}")
    #> BoundedSemaphore, max concurrent: 2


asyncio.run(main())
