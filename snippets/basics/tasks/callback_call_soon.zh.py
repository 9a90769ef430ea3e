import asyncio


async def job():
    return "ok"


def on_done(task):
    print("回调看到：", task.result())
    #> 回调看到： ok


async def main():
    task = asyncio.create_task(job())
    await task
    print("任务已完成：", task.done())
    #> 任务已完成： True
    # 任务早已完成，回调也不会在这里当场执行：
    # 它被 loop.call_soon() 放进了就绪队列。
    task.add_done_callback(on_done)
    print("add_done_callback 已返回")
    #> add_done_callback 已返回
    await asyncio.sleep(0)  # 事件循环转一轮：回调运行
    print("一轮之后")
    #> 一轮之后


asyncio.run(main())
