import asyncio
import inspect


async def fetch(name):
    print(f"fetch({name}) 的函数体开始执行")
    #> fetch(B) 的函数体开始执行
    return f"{name} 的数据"


async def main():
    # 协程函数本身只是一个普通的函数对象
    print(f"fetch 的类型：{type(fetch).__name__}")
    #> fetch 的类型：function
    print(f"是协程函数：{inspect.iscoroutinefunction(fetch)}")
    #> 是协程函数：True

    c = fetch("A")  # 只创建协程对象，函数体一行都没有执行
    print(f"调用结果的类型：{type(c).__name__}")
    #> 调用结果的类型：coroutine
    print(f"是协程对象：{inspect.iscoroutine(c)}")
    #> 是协程对象：True
    print(f"状态：{inspect.getcoroutinestate(c)}")  # 已创建、未启动
    #> 状态：CORO_CREATED
    c.close()  # 不打算运行它：主动关闭，就不会有“never awaited”警告
    print(f"close() 之后的状态：{inspect.getcoroutinestate(c)}")
    #> close() 之后的状态：CORO_CLOSED

    c = fetch("B")
    print("await 之前")
    #> await 之前
    result = await c  # 到这里函数体才真正运行
    print(f"await 的结果：{result}")
    #> await 的结果：B 的数据

    try:
        await c  # 同一个协程对象只能 await 一次
    except RuntimeError as e:
        print(f"再次 await：{type(e).__name__}")
        #> 再次 await：RuntimeError


asyncio.run(main())
