import asyncio
import gc

reports = []


def handler(loop, context):
    # 替换默认处理器（默认处理器会把消息记录到 stderr）。
    exc = context["exception"]
    reports.append(f"{context['message']}: {type(exc).__name__}")


async def fail():
    raise RuntimeError("没人看过我")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)

    ignored = asyncio.create_task(fail())
    await asyncio.sleep(0)  # 任务运行并失败
    print(f"被忽略的任务已完成：{ignored.done()}，报告数：{len(reports)}")
    #> 被忽略的任务已完成：True，报告数：0
    del ignored  # 删掉最后一个引用……
    gc.collect()  # ……并确保它此刻就被回收
    print(f"报告：{reports}")
    #> 报告：['Task exception was never retrieved: RuntimeError']

    checked = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(f"已取回：{type(checked.exception()).__name__}")
    #> 已取回：RuntimeError
    del checked
    gc.collect()
    print(f"第二个任务之后的报告数：{len(reports)}")
    #> 第二个任务之后的报告数：1


asyncio.run(main())
