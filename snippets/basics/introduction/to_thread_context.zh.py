import asyncio
import contextvars

# 当前请求的编号：处理请求的协程设置它，写日志的函数读取它
request_id = contextvars.ContextVar("request_id", default="未设置")


def write_log():
    # 同步函数，在执行器的线程里运行
    return request_id.get()


async def handle_request():
    request_id.set("r-42")
    loop = asyncio.get_running_loop()

    seen = await asyncio.to_thread(write_log)
    print(f"to_thread 读到：{seen}")
    #> to_thread 读到：r-42

    seen = await loop.run_in_executor(None, write_log)
    print(f"run_in_executor 读到：{seen}")
    #> run_in_executor 读到：未设置

    # 修正：复制当前上下文，让函数在这份副本里运行
    ctx = contextvars.copy_context()
    seen = await loop.run_in_executor(None, ctx.run, write_log)
    print(f"run_in_executor + ctx.run 读到：{seen}")
    #> run_in_executor + ctx.run 读到：r-42


asyncio.run(handle_request())
