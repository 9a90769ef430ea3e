import asyncio

opened = []  # 打开过的连接；main() 扮演对方，往连接里送字节


class Connection:
    def __init__(self):
        self.reader = asyncio.StreamReader()
        self.closed = False
        opened.append(self)

    async def request(self):
        # 真实代码先写出请求，再读回复；这里的回复固定 12 个字节
        return await self.reader.readexactly(12)


class Pool:
    def __init__(self):
        self.idle = []

    def acquire(self):
        return self.idle.pop() if self.idle else Connection()


async def fetch(pool):
    conn = pool.acquire()
    try:
        reply = await conn.request()
    except BaseException:  # CancelledError 也在内
        conn.closed = True  # 连接里可能还留着这次回复的残余：关掉它
        raise  # 再把取消原样传出去
    pool.idle.append(conn)  # 只有读完整个回复，才放回池里
    return reply


async def cancel_midway(coro):
    """请求已发出，回复只到了前一半，调用方就放弃了（例如超时）。"""
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)  # 请求开始等回复
    opened[-1].reader.feed_data(b"user1=")  # 回复 1 的前一半
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def main():
    # 1. 取消之后，原样复用这个连接
    conn = Connection()
    await cancel_midway(conn.request())
    conn.reader.feed_data(b"Alice;user2=Bobby;")  # 回复 1 的后一半，再是回复 2
    print(f"原样复用：请求 2 读到 {await conn.request()!r}")
    #> 原样复用：请求 2 读到 b'user1=Alice;'

    # 2. 先把缓冲区读空，再复用
    conn = Connection()
    await cancel_midway(conn.request())
    drained = await conn.reader.read(100)  # 读走此刻已经到达的字节
    conn.reader.feed_data(b"Alice;user2=Bobby;")  # 后一半这时才到
    print(f"先读空 {drained!r}：请求 2 读到 {await conn.request()!r}")
    #> 先读空 b'user1='：请求 2 读到 b'Alice;user2='

    # 3. 取消时关闭连接，只有成功才放回池里
    pool = Pool()
    await cancel_midway(fetch(pool))
    closed, idle = opened[-1].closed, len(pool.idle)
    print(f"取消之后：连接已关闭 {closed}，池中空闲 {idle} 个")
    #> 取消之后：连接已关闭 True，池中空闲 0 个
    task = asyncio.create_task(fetch(pool))
    await asyncio.sleep(0)  # fetch 打开了一个新连接
    opened[-1].reader.feed_data(b"user2=Bobby;")
    reply = await task
    print(f"新连接：请求 2 读到 {reply!r}，池中空闲 {len(pool.idle)} 个")
    #> 新连接：请求 2 读到 b'user2=Bobby;'，池中空闲 1 个


asyncio.run(main())
