import asyncio
import contextvars
import functools

tenant = contextvars.ContextVar("tenant", default="（未设置）")


def blocking_lookup(label):
    # 在线程池的线程里运行
    return f"{label}：{tenant.get()}"


async def main():
    tenant.set("租户-42")
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking_lookup, "to_thread"))
    #> to_thread：租户-42
    print(await loop.run_in_executor(None, blocking_lookup, "run_in_executor"))
    #> run_in_executor：（未设置）
    ctx = contextvars.copy_context()  # 手动带上上下文
    call = functools.partial(ctx.run, blocking_lookup, "ctx.run")
    print(await loop.run_in_executor(None, call))
    #> ctx.run：租户-42


asyncio.run(main())
