import asyncio


async def heartbeat(started, sent):
    """后台任务：定时发送心跳，直到被取消。"""
    try:
        started.set()
        while True:
            await asyncio.sleep(3600)  # 等下一次心跳：取消在这里送达
            sent.append("ping")
    finally:
        print("heartbeat：停止心跳，释放连接")
        #> heartbeat：停止心跳，释放连接


async def main():
    is_exception = issubclass(asyncio.CancelledError, Exception)
    print(f"CancelledError 是 Exception 的子类：{is_exception}")
    #> CancelledError 是 Exception 的子类：False
    started = asyncio.Event()
    task = asyncio.create_task(heartbeat(started, []))
    await started.wait()  # 此时 heartbeat 停在 sleep() 上
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
