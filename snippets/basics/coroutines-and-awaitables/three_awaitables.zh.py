import asyncio
import inspect


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()

    # 1. 协程：在当前任务里直接运行，直到得出结果
    print(f"协程：{await double(1)}")
    #> 协程：2

    # 2. Task：create_task 把协程交给事件循环调度，await 等它完成
    task = asyncio.create_task(double(2))
    print(f"Task：{await task}")
    #> Task：4

    # 3. Future：结果由别处填入，这里是一个 call_soon 回调
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "回调填入的值")
    print(f"await 之前 done()：{fut.done()}")
    #> await 之前 done()：False
    print(f"Future：{await fut}")
    #> Future：回调填入的值

    print(f"Task 是 Future 的子类：{issubclass(asyncio.Task, asyncio.Future)}")
    #> Task 是 Future 的子类：True
    coro = double(3)
    for obj in (coro, task, fut):
        print(f"{type(obj).__name__} 可等待：{inspect.isawaitable(obj)}")
        #> coroutine 可等待：True
        #> Task 可等待：True
        #> Future 可等待：True
    coro.close()  # 只用来检查，不运行


asyncio.run(main())
