import asyncio
import gc

background_tasks = set()
reports = []


def handler(loop, context):
    reports.append(context["message"])  # 代替默认的 stderr 日志


async def wait_forever():
    await asyncio.Event().wait()  # 这个事件别处谁也拿不到


async def send_email(to):
    await asyncio.sleep(0)
    print(f"已发送给 {to}")
    #> 已发送给 ann
    #> 已发送给 bob
    #> 已发送给 cat


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # 强引用：事件循环只持有弱引用
    task.add_done_callback(background_tasks.discard)  # 完成后移出集合


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(wait_forever())  # 返回的任务被直接丢掉
    await asyncio.sleep(0)  # 它开始运行并挂起
    gc.collect()
    print(f"丢失：{reports}")
    #> 丢失：['Task was destroyed but it is pending!']

    for to in ["ann", "bob", "cat"]:
        fire_and_forget(send_email(to))
    print(f"集合中的任务数：{len(background_tasks)}")
    #> 集合中的任务数：3
    # 只是为了让演示等它们结束；真实代码会继续做别的事。
    await asyncio.gather(*background_tasks)
    print(f"集合中的任务数：{len(background_tasks)}")
    #> 集合中的任务数：0


asyncio.run(main())
