import asyncio
import contextvars

user = contextvars.ContextVar("user", default="匿名")
tags = contextvars.ContextVar("tags")


async def child():
    print(f"子任务看到：{user.get()}")
    #> 子任务看到：张三
    user.set("子任务改的值")  # 只改了子任务自己的副本
    tags.get().append("子任务")  # 但副本里的列表是同一个对象


async def main():
    user.set("张三")
    tags.set([])
    task = asyncio.create_task(child())  # 在这一刻复制上下文
    user.set("李四")  # 复制之后的修改，子任务看不到
    await task
    print(f"父任务看到：{user.get()}")
    #> 父任务看到：李四
    print(f"父任务的列表：{tags.get()}")
    #> 父任务的列表：['子任务']


asyncio.run(main())
