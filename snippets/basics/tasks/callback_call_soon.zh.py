import asyncio

log = []


async def job():
    await asyncio.sleep(0)
    log.append("job 返回")
    return "ok"


def on_done(task):
    inside = asyncio.current_task()  # None：不是在某个任务内部调用的
    log.append(f"回调：{task.result()}，当前任务：{inside}")


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(on_done)  # 在任务未完成时注册
    await task
    print(log)
    #> ['job 返回', '回调：ok，当前任务：None']
    log.clear()
    # 任务早已完成，回调也不会在这里当场执行：
    # 它被 loop.call_soon() 放进了就绪队列。
    task.add_done_callback(on_done)
    print(f"add_done_callback 刚返回：{log}")
    #> add_done_callback 刚返回：[]
    await asyncio.sleep(0)  # 事件循环转一轮：回调运行
    print(f"一轮之后：{log}")
    #> 一轮之后：['回调：ok，当前任务：None']


asyncio.run(main())
