# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def supervise(name, factory, max_restarts):
    """运行 factory()；出错就重启，最多 max_restarts 次。

    只重启 Exception：CancelledError 不是 Exception，取消照常传出，
    不会触发重启。重启次数用完，最后一次的异常原样抛出。
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return await factory()
        except Exception as exc:
            print(f"{name}：第 {attempt} 次运行失败（{exc}）")
            #> 同步：第 1 次运行失败（连接被重置）
            #> 同步：第 2 次运行失败（连接被重置）
            #> 上报：第 1 次运行失败（连接被重置）
            #> 上报：第 2 次运行失败（连接被重置）
            #> 上报：第 3 次运行失败（连接被重置）
            if attempt > max_restarts:
                raise
        await asyncio.sleep(0)  # 真实代码在这里退避，例如 sleep(2 ** attempt)


def flaky(failures):
    """前 failures 次调用失败，之后成功。"""
    calls = 0

    async def run():
        nonlocal calls
        calls += 1
        await asyncio.sleep(0)
        if calls <= failures:
            raise ConnectionError("连接被重置")
        return f"第 {calls} 次成功"

    return run


async def forever():
    await asyncio.sleep(3600)


async def main():
    # 1. 失败两次，第三次成功
    async with asyncio.TaskGroup() as tg:
        sync = tg.create_task(supervise("同步", flaky(2), max_restarts=3))
    print(f"同步的结果：{sync.result()}")
    #> 同步的结果：第 3 次成功

    # 2. 重启次数用完：错误交给拥有它的任务组，兄弟任务被取消
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(supervise("上报", flaky(99), max_restarts=2))
            heartbeat = tg.create_task(forever())
    except* ConnectionError as eg:
        print(f"任务组收到：{[str(e) for e in eg.exceptions]}")
        #> 任务组收到：['连接被重置']
    print(f"心跳被取消：{heartbeat.cancelled()}")
    #> 心跳被取消：True

    # 3. 取消被监督的任务：不重启，取消照常传出
    task = asyncio.create_task(supervise("监听", forever, max_restarts=5))
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"监听被取消：{task.cancelled()}")
    #> 监听被取消：True


asyncio.run(main())
