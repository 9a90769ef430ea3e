import asyncio


def from_thread(loop, done, results):
    try:
        loop.call_soon(done.set)  # 错误：call_soon 只能在事件循环线程里调用
    except RuntimeError:
        results.append("call_soon：RuntimeError")
    loop.call_soon_threadsafe(done.set)  # 正确：安排回调，并唤醒事件循环
    results.append("call_soon_threadsafe：已安排")


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 60  # 不要慢回调报告
    done, results = asyncio.Event(), []
    await asyncio.to_thread(from_thread, loop, done, results)
    await done.wait()  # 由 call_soon_threadsafe 安排的 done.set() 唤醒
    for line in results:
        print(line)
        #> call_soon：RuntimeError
        #> call_soon_threadsafe：已安排


# debug=True 让事件循环检查调用者所在的线程；不开调试模式，错误用法不会报错
asyncio.run(main(), debug=True)
