import asyncio
from contextlib import aclosing

steps = []  # 按发生顺序记下每一步，最后统一打印
main_task = None
registry = []  # 模拟一个比 main() 活得更久的引用


async def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        same = asyncio.current_task() is main_task
        steps.append(f"{name}：finally 运行，在 main 任务中：{same}")


async def main():
    global main_task
    main_task = asyncio.current_task()

    # A：用 aclosing 包起来
    async with aclosing(numbers("A")) as gen:
        async for _ in gen:
            break
    steps.append("A：async with 之后")

    # B：没有任何变量引用它
    async for _ in numbers("B"):
        break
    steps.append("B：循环之后")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    steps.append("B：让出两次之后")

    # C：一直有引用，直到 asyncio.run() 收尾
    registry.append(numbers("C"))
    async for _ in registry[0]:
        break
    steps.append("C：main() 即将返回")


asyncio.run(main())
steps.append("asyncio.run() 已返回")
for number, step in enumerate(steps, 1):
    print(number, step)
    #> 1 A：finally 运行，在 main 任务中：True
    #> 2 A：async with 之后
    #> 3 B：循环之后
    #> 4 B：finally 运行，在 main 任务中：False
    #> 5 B：让出两次之后
    #> 6 C：main() 即将返回
    #> 7 C：finally 运行，在 main 任务中：False
    #> 8 asyncio.run() 已返回
