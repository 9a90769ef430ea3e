# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def drain(queue):
    items = []
    while True:
        try:
            items.append(await queue.get())
        except asyncio.QueueShutDown:
            return items


async def after_shutdown(immediate):
    queue = asyncio.Queue()
    for item in (1, 2, 3):
        queue.put_nowait(item)
    queue.get_nowait()  # 条目 1 已被取走，正在处理
    queue.shutdown(immediate=immediate)
    rest = await drain(queue)  # 关闭后还能取到的条目
    joiner = asyncio.create_task(queue.join())
    queue.task_done()  # 条目 1 处理完毕
    await asyncio.sleep(0)
    returned = joiner.done()
    for _ in rest:  # 取到的条目也要处理完并 task_done()
        queue.task_done()
    await joiner
    return rest, returned


async def main():
    queue = asyncio.Queue()
    getter = asyncio.create_task(queue.get())
    await asyncio.sleep(0)  # getter 在空队列上等待
    queue.shutdown()
    try:
        await getter
    except asyncio.QueueShutDown:
        print("等待中的 get()：QueueShutDown")
        #> 等待中的 get()：QueueShutDown
    try:
        await queue.put("新条目")
    except asyncio.QueueShutDown:
        print("关闭后的 put()：QueueShutDown")
        #> 关闭后的 put()：QueueShutDown

    rest, returned = await after_shutdown(immediate=False)
    print(f"immediate=False：还能取到 {rest}")
    #> immediate=False：还能取到 [2, 3]
    print(f"  条目 1 完成后 join() 返回：{returned}")
    #>   条目 1 完成后 join() 返回：False
    rest, returned = await after_shutdown(immediate=True)
    print(f"immediate=True：还能取到 {rest}")
    #> immediate=True：还能取到 []
    print(f"  条目 1 完成后 join() 返回：{returned}")
    #>   条目 1 完成后 join() 返回：True


asyncio.run(main())
