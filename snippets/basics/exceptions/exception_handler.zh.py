import asyncio
import gc

reports = []


def handler(loop, context):
    # 事件循环调用它，而不是把错误记录到 stderr。
    reports.append(context)


def divide():
    return 1 / 0  # 普通回调：没有人 await 它


async def fail():
    raise RuntimeError("无人认领")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    loop.call_soon(divide)
    await asyncio.sleep(0)  # 回调在这一轮中运行（并失败）
    print(f"事件循环照常运行，报告数：{len(reports)}")
    #> 事件循环照常运行，报告数：1

    task = asyncio.create_task(fail())
    await asyncio.sleep(0)  # 任务失败，但没有人取回异常
    del task
    gc.collect()  # 任务被垃圾回收时才报告

    for context in reports:
        # 回调的消息以 " at <文件>:<行号>" 结尾，截掉这一段。
        message = context["message"].partition(" at ")[0]
        print(f"{message}：{type(context['exception']).__name__}")
        #> Exception in callback divide()：ZeroDivisionError
        #> Task exception was never retrieved：RuntimeError
    # 调试模式（python -X dev）下，两种报告还会多出 'source_traceback'。
    for context in reports:  # 两种报告带的键不同
        print(f"键：{sorted(context)}")
        #> 键：['exception', 'handle', 'message']
        #> 键：['exception', 'future', 'message']


asyncio.run(main())
