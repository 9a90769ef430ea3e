import asyncio


async def wrong(sem):
    try:
        await sem.acquire()  # 错误：在 try 里面获取
        await asyncio.sleep(0)
    finally:
        sem.release()  # 等许可时被取消，也会执行这一行


async def right(sem):
    async with sem:  # 只在获取成功之后才释放
        await asyncio.sleep(0)


async def check(sem, job):
    await sem.acquire()  # 唯一的许可由 check() 自己拿着
    task = asyncio.create_task(job(sem))
    await asyncio.sleep(0)  # task 在等许可
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    locked = sem.locked()
    try:
        sem.release()  # 归还自己拿着的那个许可
        outcome = "成功"
    except ValueError as exc:
        outcome = type(exc).__name__
    return f"取消后 locked() 为 {locked}，归还自己的许可：{outcome}"


async def main():
    print(f"Semaphore：{await check(asyncio.Semaphore(1), wrong)}")
    #> Semaphore：取消后 locked() 为 False，归还自己的许可：成功
    bounded = asyncio.BoundedSemaphore(1)
    print(f"BoundedSemaphore：{await check(bounded, wrong)}")
    #> BoundedSemaphore：取消后 locked() 为 False，归还自己的许可：ValueError
    bounded = asyncio.BoundedSemaphore(1)
    print(f"async with：{await check(bounded, right)}")
    #> async with：取消后 locked() 为 True，归还自己的许可：成功


asyncio.run(main())
