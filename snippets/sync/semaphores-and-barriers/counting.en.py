import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    print(f"1 taken, locked(): {sem.locked()}")
    #> 1 taken, locked(): False
    await sem.acquire()
    print(f"2 taken, locked(): {sem.locked()}")
    #> 2 taken, locked(): True
    sem.release()
    sem.release()
    sem.release()  # one release too many: Semaphore does not check
    for _ in range(3):  # now three acquires succeed in a row
        await sem.acquire()
    print(f"3 acquires after the extra release, locked(): {sem.locked()}")
    #> 3 acquires after the extra release, locked(): True

    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        pass
    try:
        bounded.release()  # above the initial value
    except ValueError as exc:
        print(f"BoundedSemaphore released too often: {type(exc).__name__}")
        #> BoundedSemaphore released too often: ValueError

    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print(f"negative initial value: {type(exc).__name__}")
        #> negative initial value: ValueError


asyncio.run(main())
