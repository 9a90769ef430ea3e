import asyncio


async def commit():
    try:
        for _ in range(5):
            await asyncio.sleep(0)  # 模拟几步提交操作
        print("commit：提交完成")
    except asyncio.CancelledError:
        print("commit：被取消，提交没有完成")
        #> commit：被取消，提交没有完成
        raise


async def handler(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("handler：收到取消，用 shield 提交")
        #> handler：收到取消，用 shield 提交
        await asyncio.shield(commit())  # 常见的写法
        print("handler：提交完成后重新抛出")  # 再次取消时不会执行
        raise


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(handler(started))
    await started.wait()
    task.cancel()
    await asyncio.sleep(0)  # handler 进入 except，停在 shield 上
    print("第二次 cancel() 返回", task.cancel())
    #> 第二次 cancel() 返回 True
    await asyncio.gather(task, return_exceptions=True)
    print("handler 已结束：cancelled() =", task.cancelled())
    #> handler 已结束：cancelled() = True
    others = len(asyncio.all_tasks()) - 1  # 除 main 之外的任务
    print(f"仍在运行的其他任务：{others}")
    #> 仍在运行的其他任务：1
    # main 到此返回；asyncio.run() 会取消仍在运行的任务


asyncio.run(main())
