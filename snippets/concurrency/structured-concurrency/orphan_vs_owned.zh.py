# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import gc


async def audit(hops):
    for _ in range(hops):  # 让步次数代表耗时
        await asyncio.sleep(0)
    raise ValueError("审计日志写入失败")


async def handle_orphan():
    asyncio.create_task(audit(2))  # 孤儿：没有人拥有、等待这个任务
    return "已响应"


async def handle_owned():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(audit(2))  # 任务组拥有它，离开 async with 前等它结束
    return "已响应"


def on_unhandled(loop, context):
    exc = context["exception"]
    print(f"异常处理器收到：{type(exc).__name__}（调用者早已返回）")
    #> 异常处理器收到：ValueError（调用者早已返回）


async def main():
    asyncio.get_running_loop().set_exception_handler(on_unhandled)

    print(f"孤儿版本：{await handle_orphan()}")
    #> 孤儿版本：已响应
    print(f"返回时后台还有任务：{len(asyncio.all_tasks()) > 1}")
    #> 返回时后台还有任务：True
    for _ in range(3):  # 程序继续做别的事，孤儿任务在后台失败
        await asyncio.sleep(0)
    gc.collect()  # 任务对象被回收时，才报告没人取回的异常

    try:
        await handle_owned()
    except* ValueError as eg:
        print(f"拥有者版本：调用者收到 {type(eg.exceptions[0]).__name__}")
        #> 拥有者版本：调用者收到 ValueError
    print(f"返回时后台还有任务：{len(asyncio.all_tasks()) > 1}")
    #> 返回时后台还有任务：False


asyncio.run(main())
