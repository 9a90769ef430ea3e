# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def handler():
    print(f"handler 看到：{request_id.get()}")
    #> handler 看到：main
    #> handler 看到：req-7
    request_id.set("在任务里改过")


async def main():
    request_id.set("main")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "req-7")
    copied = asyncio.create_task(handler())  # 在当前上下文的副本中运行
    given = asyncio.create_task(handler(), context=ctx)  # 3.11+
    await asyncio.gather(copied, given)
    print(f"get_context() is ctx：{given.get_context() is ctx}")  # 3.12+
    #> get_context() is ctx：True
    print(f"ctx 现在的值：{ctx[request_id]}")
    #> ctx 现在的值：在任务里改过
    print(f"main 看到的仍是：{request_id.get()}")
    #> main 看到的仍是：main


asyncio.run(main())
