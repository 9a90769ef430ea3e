# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import signal


async def worker(name, log):
    try:
        await asyncio.sleep(3600)
    finally:
        log.append(f"{name} 已清理")


async def main():
    log = []
    workers = [asyncio.create_task(worker(n, log)) for n in ("w1", "w2")]
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)  # 模拟用户按下 Ctrl-C
        await asyncio.sleep(3600)  # 服务的主循环
    except asyncio.CancelledError:
        print("主任务被取消：开始退出")
        #> 主任务被取消：开始退出
        for t in workers:
            t.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        print(f"清理：{sorted(log)}")
        #> 清理：['w1 已清理', 'w2 已清理']
        raise  # 重新抛出：asyncio.run() 才会报告这次 Ctrl-C


# 从某些环境启动时 SIGINT 被忽略；恢复默认处理器，asyncio.run() 才会接管
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run() 抛出 KeyboardInterrupt")
    #> asyncio.run() 抛出 KeyboardInterrupt
