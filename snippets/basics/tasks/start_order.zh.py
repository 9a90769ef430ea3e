import asyncio


async def worker(name):
    print(f"{name} 开始")
    #> A 开始
    #> B 开始
    #> C 开始
    await asyncio.sleep(0)  # 让其他任务也走一步
    print(f"{name} 继续")
    #> A 继续
    #> B 继续
    #> C 继续


async def main():
    tasks = []
    for name in ["A", "B", "C"]:
        tasks.append(asyncio.create_task(worker(name)))
        print(f"已创建 {name}")
        #> 已创建 A
        #> 已创建 B
        #> 已创建 C
    # 到这里还什么都没运行：main 仍占着事件循环。
    await asyncio.sleep(0)  # main 让出控制权一轮
    print("main 回来了")
    #> main 回来了
    await asyncio.gather(*tasks)


asyncio.run(main())
