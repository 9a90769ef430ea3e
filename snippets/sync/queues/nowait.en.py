import asyncio


async def main():
    stack = asyncio.LifoQueue(maxsize=2)  # last in, first out
    stack.put_nowait("a")
    stack.put_nowait("b")
    try:
        stack.put_nowait("c")
    except asyncio.QueueFull:
        print(f"full: QueueFull (qsize={stack.qsize()})")
        #> full: QueueFull (qsize=2)
    print(f"got: {stack.get_nowait()} {stack.get_nowait()}")
    #> got: b a
    try:
        stack.get_nowait()
    except asyncio.QueueEmpty:
        print("empty: QueueEmpty")
        #> empty: QueueEmpty


asyncio.run(main())
