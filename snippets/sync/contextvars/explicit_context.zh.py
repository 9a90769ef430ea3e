# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

step = contextvars.ContextVar("step", default="未开始")


async def login():
    step.set("已登录")


async def fetch():
    return f"fetch 看到：{step.get()}"


async def main():
    shared = contextvars.copy_context()  # 两个任务共用的一份上下文
    await asyncio.create_task(login(), context=shared)
    print(await asyncio.create_task(fetch(), context=shared))
    #> fetch 看到：已登录
    print(f"shared 中的值：{shared[step]}")
    #> shared 中的值：已登录
    print(f"main 看到：{step.get()}")  # main 自己的上下文没有变
    #> main 看到：未开始


asyncio.run(main())
