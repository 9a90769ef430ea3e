import asyncio
import signal


async def main():
    try:
        # 模拟用户按下 Ctrl-C：给本进程发送 SIGINT
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("main：收到 CancelledError，可以清理")
        #> main：收到 CancelledError，可以清理
        raise
    except KeyboardInterrupt:
        print("main：KeyboardInterrupt 直接在协程里抛出")
        raise


# 进程启动时 SIGINT 可能被设为忽略；先恢复 Python 的默认处理器，
# 因为 3.11+ 只在默认处理器下接管 SIGINT
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run() 抛出 KeyboardInterrupt")
    #> asyncio.run() 抛出 KeyboardInterrupt
