import asyncio


async def no_suspend():
    return "直接返回"  # 没有 await：不会挂起


async def body():
    asyncio.current_task().cancel()  # 请求取消自己
    print("1. cancel() 之后，代码照常往下走")
    #> 1. cancel() 之后，代码照常往下走
    value = await no_suspend()
    print(f"2. await 不挂起的协程：{value}")
    #> 2. await 不挂起的协程：直接返回
    done = asyncio.get_running_loop().create_future()
    done.set_result("已完成")
    print(f"3. await 已完成的 Future：{await done}")
    #> 3. await 已完成的 Future：已完成
    async with asyncio.Lock():  # 锁空闲：立即获得，不挂起
        print("4. async with 空闲的 Lock：没有挂起")
        #> 4. async with 空闲的 Lock：没有挂起
    try:
        await asyncio.sleep(0)  # 真正的挂起点
        print("5. 不会打印")
    except asyncio.CancelledError:
        print("5. 在 sleep(0) 处收到 CancelledError")
        #> 5. 在 sleep(0) 处收到 CancelledError
        raise


async def main():
    task = asyncio.create_task(body())
    await asyncio.gather(task, return_exceptions=True)
    print("cancelled() =", task.cancelled())
    #> cancelled() = True


asyncio.run(main())
