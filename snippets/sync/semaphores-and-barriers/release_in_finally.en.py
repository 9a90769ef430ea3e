import asyncio


async def wrong(sem):
    try:
        await sem.acquire()  # wrong: acquired inside the try
        await asyncio.sleep(0)
    finally:
        sem.release()  # runs even when cancelled while waiting for a permit


async def right(sem):
    async with sem:  # releases only after a successful acquire
        await asyncio.sleep(0)


async def check(sem, job):
    await sem.acquire()  # check() itself holds the only permit
    task = asyncio.create_task(job(sem))
    await asyncio.sleep(0)  # the task waits for a permit
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    locked = sem.locked()
    try:
        sem.release()  # give back the permit check() holds
        outcome = "ok"
    except ValueError as exc:
        outcome = type(exc).__name__
    return f"locked() after the cancel: {locked}, release: {outcome}"


async def main():
    print(f"Semaphore: {await check(asyncio.Semaphore(1), wrong)}")
    #> Semaphore: locked() after the cancel: False, release: ok
    bounded = asyncio.BoundedSemaphore(1)
    print(f"BoundedSemaphore: {await check(bounded, wrong)}")
    #> BoundedSemaphore: locked() after the cancel: False, release: ValueError
    bounded = asyncio.BoundedSemaphore(1)
    print(f"async with: {await check(bounded, right)}")
    #> async with: locked() after the cancel: True, release: ok


asyncio.run(main())
