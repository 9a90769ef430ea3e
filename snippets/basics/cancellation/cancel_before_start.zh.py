import asyncio


async def job():
    print("job：开始运行")  # 从未执行
    try:
        await asyncio.sleep(3600)
    finally:
        print("job：finally")  # 也从未执行


async def main():
    task = asyncio.create_task(job())
    # 任务还没走第一步，就请求取消，并附上一条消息
    print("cancel() 返回", task.cancel("服务正在关闭"))
    #> cancel() 返回 True
    try:
        await task
    except asyncio.CancelledError as exc:
        print("await 收到的 CancelledError.args =", exc.args)
        #> await 收到的 CancelledError.args = ('服务正在关闭',)
    print("cancelled() =", task.cancelled())
    #> cancelled() = True


asyncio.run(main())
