import asyncio
import gc


def handler(loop, context):
    # 替换默认处理器（默认处理器会把消息记录到 stderr）。
    exc = context["exception"]
    print("处理器：", context["message"])
    #> 处理器： Task exception was never retrieved
    print("异常：", type(exc).__name__, exc)
    #> 异常： RuntimeError 没人看过我


async def fail():
    raise RuntimeError("没人看过我")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)

    ignored = asyncio.create_task(fail())
    await asyncio.sleep(0)  # 任务运行并失败
    print("被忽略的任务已完成：", ignored.done())
    #> 被忽略的任务已完成： True
    del ignored  # 删掉最后一个引用……
    gc.collect()  # ……并确保它此刻就被回收
    print("第一次回收之后")
    #> 第一次回收之后

    checked = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("已取回：", type(checked.exception()).__name__)
    #> 已取回： RuntimeError
    del checked
    gc.collect()
    print("第二次回收之后")
    #> 第二次回收之后


asyncio.run(main())
