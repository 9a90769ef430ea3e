import asyncio

log = []


async def worker(name):
    log.append(f"{name} 开始")
    await asyncio.sleep(0)  # 让其他任务也走一步
    log.append(f"{name} 继续")


def outside_loop():
    coro = worker("X")
    try:
        asyncio.create_task(coro)
    except RuntimeError:
        print("没有正在运行的事件循环：RuntimeError")
        #> 没有正在运行的事件循环：RuntimeError
    coro.close()  # 它从未运行；关闭它以免产生警告


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in "ABC"]
    # 到这里还什么都没运行：main 仍占着事件循环。
    print("create_task 之后：", log)
    #> create_task 之后： []
    await asyncio.sleep(0)  # main 让出控制权一轮
    print("main 让步一次之后：", log)
    #> main 让步一次之后： ['A 开始', 'B 开始', 'C 开始']
    await asyncio.gather(*tasks)
    print("gather 之后：", log[3:])
    #> gather 之后： ['A 继续', 'B 继续', 'C 继续']


outside_loop()
asyncio.run(main())
