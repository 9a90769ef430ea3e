import asyncio
import inspect
import types


@types.coroutine
def hop():
    # 裸 yield：asyncio 的任务把它当作“让出一轮事件循环”
    yield


async def worker(log):
    log.append("worker 运行了")


async def main():
    print(f"iscoroutinefunction：{inspect.iscoroutinefunction(hop)}")
    #> iscoroutinefunction：False
    print(f"isgeneratorfunction：{inspect.isgeneratorfunction(hop)}")
    #> isgeneratorfunction：True
    g = hop()
    print(f"{type(g).__name__} 可等待：{inspect.isawaitable(g)}")
    #> generator 可等待：True
    print(f"iscoroutine：{inspect.iscoroutine(g)}")
    #> iscoroutine：False
    g.close()

    log = []
    task = asyncio.create_task(worker(log))
    await hop()  # 让出一轮：刚创建的任务得以运行
    print(f"await hop() 之后：{log}")
    #> await hop() 之后：['worker 运行了']
    await task

    # @asyncio.coroutine 在 3.8 弃用、3.11 删除
    print(f"asyncio.coroutine 还在：{hasattr(asyncio, 'coroutine')}")
    #> asyncio.coroutine 还在：False


asyncio.run(main())
