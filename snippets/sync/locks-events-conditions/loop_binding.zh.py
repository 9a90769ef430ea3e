import asyncio

# 3.10 起可以在模块层创建：对象此时还不属于任何事件循环
lock = asyncio.Lock()
ready = asyncio.Event()


async def first_run():
    waiter = asyncio.create_task(ready.wait())
    await asyncio.sleep(0)  # 第一次需要挂起：ready 绑定到这个循环
    ready.set()
    await waiter
    async with lock:  # 锁空闲，不需要等待，也就没有绑定
        pass


async def second_run():
    async with lock:  # 仍未绑定：没有竞争时看不出问题
        print("第二次 run：无竞争的 lock 正常")
        #> 第二次 run：无竞争的 lock 正常
    ready.clear()
    try:
        await ready.wait()  # 需要等待，检查绑定的循环
    except RuntimeError as exc:
        # 消息开头是对象的 repr（含内存地址），只打印后半句
        print(f"RuntimeError：{str(exc).split('> ')[-1]}")
        #> RuntimeError：is bound to a different event loop


async def loop_argument():
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as exc:
        print(f"传入 loop：{type(exc).__name__}")
        #> 传入 loop：TypeError


asyncio.run(first_run())
asyncio.run(second_run())
asyncio.run(loop_argument())
