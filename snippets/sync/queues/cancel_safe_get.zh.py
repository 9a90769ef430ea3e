import asyncio


async def main():
    queue = asyncio.Queue()
    first = asyncio.create_task(queue.get())
    second = asyncio.create_task(queue.get())
    await asyncio.sleep(0)  # 两个 get() 都在空队列上排队等待

    queue.put_nowait("订单")  # 唤醒排在最前面的 first……
    first.cancel()  # ……但 first 还没来得及运行就被取消了
    await asyncio.gather(first, return_exceptions=True)
    print(f"first 已取消：{first.cancelled()}")
    #> first 已取消：True
    print(f"second 拿到：{await second}")  # 条目没有丢：转交给下一个等待者
    #> second 拿到：订单

    try:  # 用超时等待 get() 也安全：超时的 get() 不会拿走条目
        await asyncio.wait_for(queue.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("get() 超时")
        #> get() 超时
    queue.put_nowait("退款")
    print(f"下一次 get()：{await queue.get()}")
    #> 下一次 get()：退款


asyncio.run(main())
