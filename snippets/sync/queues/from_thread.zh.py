import asyncio
import threading


def blocking_source(loop, queue):
    """在另一个线程里运行：只能通过事件循环把条目交给队列。"""
    for item in ("行1", "行2", "行3"):
        loop.call_soon_threadsafe(queue.put_nowait, item)
    loop.call_soon_threadsafe(queue.put_nowait, None)  # 哨兵


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    thread = threading.Thread(target=blocking_source, args=(loop, queue))
    thread.start()
    received = []
    while (item := await queue.get()) is not None:
        received.append(item)
    thread.join()  # 线程已送出哨兵，马上就会结束
    print(f"收到：{received}")
    #> 收到：['行1', '行2', '行3']


asyncio.run(main())
