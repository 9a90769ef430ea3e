import asyncio
import contextvars

phase = contextvars.ContextVar("phase", default="开始前")


async def connect():
    phase.set("已连接")
    inner = asyncio.current_task()
    return inner


async def main():
    caller = asyncio.current_task()
    inner = await asyncio.wait_for(connect(), timeout=10)
    print(f"在调用者的任务中运行：{inner is caller}")
    #> 在调用者的任务中运行：True
    print(f"调用者看到的 phase：{phase.get()}")
    #> 调用者看到的 phase：已连接


asyncio.run(main())
