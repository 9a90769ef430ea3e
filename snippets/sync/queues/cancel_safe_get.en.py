import asyncio


async def main():
    queue = asyncio.Queue()
    first = asyncio.create_task(queue.get())
    second = asyncio.create_task(queue.get())
    await asyncio.sleep(0)  # both get() calls wait on the empty queue

    queue.put_nowait("order")  # wakes first, the front of the line...
    first.cancel()  # ...but first is cancelled before it gets to run
    await asyncio.gather(first, return_exceptions=True)
    print(f"first cancelled: {first.cancelled()}")
    #> first cancelled: True
    print(f"second got: {await second}")  # not lost: handed to the next waiter
    #> second got: order

    try:  # get() under a timeout is safe too: a timed-out get() takes nothing
        await asyncio.wait_for(queue.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("get() timed out")
        #> get() timed out
    queue.put_nowait("refund")
    print(f"next get(): {await queue.get()}")
    #> next get(): refund


asyncio.run(main())
