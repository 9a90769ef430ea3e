# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import contextvars

trace = contextvars.ContextVar("trace", default="无")


async def work():
    trace.set("work 设置的值")


async def main():
    task = asyncio.create_task(work())
    await task
    ctx = task.get_context()  # 任务运行时用的那份上下文
    print(f"任务的上下文中：{ctx.get(trace)}")
    #> 任务的上下文中：work 设置的值
    print(f"main 的上下文中：{trace.get()}")
    #> main 的上下文中：无


asyncio.run(main())
