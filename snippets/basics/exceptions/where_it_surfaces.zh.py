import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("输入有误")


async def main():
    task = asyncio.create_task(fail())
    try:
        await task  # 1. await 任务：重新抛出它的异常
    except ValueError as e:
        print(f"await：{type(e).__name__}（{e}）")
        #> await：ValueError（输入有误）

    # 任务停留在完成状态，异常保存在里面：
    exc = task.exception()  # 2. exception() 返回异常，不抛出
    print(f"exception()：返回 {type(exc).__name__}")
    #> exception()：返回 ValueError
    try:
        task.result()  # 3. result() 再次抛出它
    except ValueError:
        print("result()：再次抛出 ValueError")
        #> result()：再次抛出 ValueError

    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()  # 还没有结果可读
    except asyncio.InvalidStateError:
        print("未完成时 result()：InvalidStateError")
        #> 未完成时 result()：InvalidStateError
    fut.set_result(1)
    try:
        fut.set_result(2)  # Future 只能完成一次
    except asyncio.InvalidStateError:
        print("第二次 set_result()：InvalidStateError")
        #> 第二次 set_result()：InvalidStateError


asyncio.run(main())
