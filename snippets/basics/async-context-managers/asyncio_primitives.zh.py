import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    lock = asyncio.Lock()
    async with lock as bound:  # __aenter__：await acquire()，返回 None
        print(f"Lock 块内：locked()={lock.locked()}，as 得到：{bound}")
        #> Lock 块内：locked()=True，as 得到：None
    print(f"Lock 块后：locked()={lock.locked()}")  # __aexit__：release()
    #> Lock 块后：locked()=False

    sem = asyncio.Semaphore(2)
    async with sem, sem:
        print(f"Semaphore(2) 被占用两次：locked()={sem.locked()}")
        #> Semaphore(2) 被占用两次：locked()=True
    print(f"Semaphore 块后：locked()={sem.locked()}")
    #> Semaphore 块后：locked()=False

    cond = asyncio.Condition()
    async with cond:  # 获取 Condition 底层的锁
        print(f"Condition 块内：locked()={cond.locked()}")
        #> Condition 块内：locked()=True

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:  # __aexit__：close()，再 await wait_closed()
        print(f"Server 块内：is_serving()={server.is_serving()}")
        #> Server 块内：is_serving()=True
    print(f"Server 块后：is_serving()={server.is_serving()}")
    #> Server 块后：is_serving()=False


asyncio.run(main())
