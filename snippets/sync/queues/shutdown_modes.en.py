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
    queue.get_nowait()  # item 1 has been taken and is being processed
    queue.shutdown(immediate=immediate)
    rest = await drain(queue)  # what can still be got after shutdown
    joiner = asyncio.create_task(queue.join())
    queue.task_done()  # item 1 is processed
    await asyncio.sleep(0)
    returned = joiner.done()
    for _ in rest:  # the items got must be processed and task_done() too
        queue.task_done()
    await joiner
    return rest, returned


async def main():
    queue = asyncio.Queue()
    getter = asyncio.create_task(queue.get())
    await asyncio.sleep(0)  # the getter waits on an empty queue
    queue.shutdown()
    try:
        await getter
    except asyncio.QueueShutDown:
        print("waiting get(): QueueShutDown")
        #> waiting get(): QueueShutDown
    try:
        await queue.put("new item")
    except asyncio.QueueShutDown:
        print("put() after shutdown: QueueShutDown")
        #> put() after shutdown: QueueShutDown

    rest, returned = await after_shutdown(immediate=False)
    print(f"immediate=False: still gettable {rest}")
    #> immediate=False: still gettable [2, 3]
    print(f"  join() done after item 1: {returned}")
    #>   join() done after item 1: False
    rest, returned = await after_shutdown(immediate=True)
    print(f"immediate=True: still gettable {rest}")
    #> immediate=True: still gettable []
    print(f"  join() done after item 1: {returned}")
    #>   join() done after item 1: True


asyncio.run(main())
