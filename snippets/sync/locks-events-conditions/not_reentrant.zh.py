import asyncio

lock = asyncio.Lock()


async def inner():
    async with lock:  # 同一个任务第二次获取同一把锁
        return "inner 完成"


async def outer():
    async with lock:
        return await inner()  # 永远等下去：锁在自己手里


async def main():
    try:
        # 用超时把死锁变成看得见的异常
        print(await asyncio.wait_for(outer(), timeout=0.1))
    except asyncio.TimeoutError:
        print("结果：超时，outer() 在等自己持有的锁")
        #> 结果：超时，outer() 在等自己持有的锁
    print(f"超时之后 locked()：{lock.locked()}")
    #> 超时之后 locked()：False


asyncio.run(main())
