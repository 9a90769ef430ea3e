import asyncio


async def worker(started):
    try:
        started.set()
        while True:
            await asyncio.sleep(3600)  # 挂起点：取消只能在这里送达
    finally:
        print("worker：在 finally 中清理资源")
        #> worker：在 finally 中清理资源


async def main():
    is_exception = issubclass(asyncio.CancelledError, Exception)
    print("CancelledError 是 Exception 的子类：", is_exception)
    #> CancelledError 是 Exception 的子类： False
    started = asyncio.Event()
    task = asyncio.create_task(worker(started))
    await started.wait()  # 此时 worker 停在 sleep() 上
    print("cancel() 返回", task.cancel())
    #> cancel() 返回 True
    print("刚发出请求：cancelled() =", task.cancelled())
    #> 刚发出请求：cancelled() = False
    try:
        await task  # 让出控制权，请求才会送达
    except asyncio.CancelledError:
        print("main：await task 抛出 CancelledError")
        #> main：await task 抛出 CancelledError
    print("送达之后：cancelled() =", task.cancelled())
    #> 送达之后：cancelled() = True
    print("再次 cancel() 返回", task.cancel())
    #> 再次 cancel() 返回 False


asyncio.run(main())
