import asyncio

log = []


async def worker(name):
    log.append(f"{name} 开始")
    await asyncio.sleep(0)  # 让其他任务也走一步
    log.append(f"{name} 继续")


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in "ABC"]
    # 到这里还什么都没运行：main 仍占着事件循环。
    print(f"create_task 之后：{log}")
    #> create_task 之后：[]
    await asyncio.sleep(0)  # main 让出控制权一轮
    print(f"main 让步一次之后：{log}")
    #> main 让步一次之后：['A 开始', 'B 开始', 'C 开始']
    for task in tasks:
        await task
    print(f"全部完成之后：{log[3:]}")
    #> 全部完成之后：['A 继续', 'B 继续', 'C 继续']


asyncio.run(main())
