import asyncio


async def release():
    print("release：开始释放")
    #> release：开始释放
    await asyncio.sleep(0)  # 清理过程中的挂起点
    await asyncio.sleep(0)
    print("release：释放完成")  # 第二次取消后不会执行


async def worker(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    finally:
        await release()  # finally 里的 await 同样是挂起点


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(worker(started))
    await started.wait()
    task.cancel()
    await asyncio.sleep(0)  # worker 进入 finally，停在第一个 sleep(0)
    task.cancel()  # 第二次取消：送达到 finally 里的 await
    await asyncio.gather(task, return_exceptions=True)
    print("worker cancelled() =", task.cancelled())
    #> worker cancelled() = True


asyncio.run(main())
