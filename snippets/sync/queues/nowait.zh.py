import asyncio


async def main():
    stack = asyncio.LifoQueue(maxsize=2)  # 后进先出
    stack.put_nowait("a")
    stack.put_nowait("b")
    try:
        stack.put_nowait("c")
    except asyncio.QueueFull:
        print(f"已满：QueueFull（qsize={stack.qsize()}）")
        #> 已满：QueueFull（qsize=2）
    print(f"取出：{stack.get_nowait()} {stack.get_nowait()}")
    #> 取出：b a
    try:
        stack.get_nowait()
    except asyncio.QueueEmpty:
        print("已空：QueueEmpty")
        #> 已空：QueueEmpty


asyncio.run(main())
