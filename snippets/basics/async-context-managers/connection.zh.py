import asyncio
from contextlib import asynccontextmanager

log = []


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)  # 模拟建立连接：这里可以 await
        log.append(f"连接 {self.name}")
        return self  # 绑定到 as 后面的名字

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)  # 模拟关闭连接
        log.append(f"关闭 {self.name}")
        # 返回 None：代码块里的异常照常传给调用者


@asynccontextmanager
async def connect(name):  # 同一件事，用生成器来写
    await asyncio.sleep(0)
    log.append(f"连接 {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        log.append(f"关闭 {name}")


async def main():
    async with Connection("db") as conn:
        log.append(f"用 {conn.name} 查询")
    try:
        async with connect("cache") as name:
            log.append(f"用 {name} 查询")
            raise ValueError("查询失败")
    except ValueError:
        log.append("调用者收到 ValueError")
    for line in log:
        print(line)
        #> 连接 db
        #> 用 db 查询
        #> 关闭 db
        #> 连接 cache
        #> 用 cache 查询
        #> 关闭 cache
        #> 调用者收到 ValueError


asyncio.run(main())
