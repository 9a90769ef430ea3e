import asyncio
import contextvars

# 模块级创建一次；每个任务看到的是自己那份上下文里的值
request_id = contextvars.ContextVar("request_id", default="-")
lines = []


def log(message):
    # 深处的函数不需要传参，也能知道自己在为哪个请求工作
    lines.append(f"[{request_id.get()}] {message}")


async def query_db():
    await asyncio.sleep(0)
    log("查询数据库")


async def handle(rid):
    request_id.set(rid)  # 只改变本任务的上下文
    log("开始")
    await query_db()
    log("结束")


async def main():
    # gather() 把两个协程各包装成一个任务，每个任务复制一份上下文
    await asyncio.gather(handle("A"), handle("B"))
    print("\n".join(lines))
    """
    [A] 开始
    [B] 开始
    [A] 查询数据库
    [A] 结束
    [B] 查询数据库
    [B] 结束
    """
    print(f"main 里的 request_id：{request_id.get()}")
    #> main 里的 request_id：-


asyncio.run(main())
