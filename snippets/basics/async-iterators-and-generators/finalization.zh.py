import asyncio
from contextlib import aclosing

main_task = None
registry = []  # 模拟一个比 main() 活得更久的引用


async def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        same = asyncio.current_task() is main_task
        print(f"{name}：finally 运行，在 main 任务中：{same}")
        #> A：finally 运行，在 main 任务中：True
        #> B：finally 运行，在 main 任务中：False
        #> C：finally 运行，在 main 任务中：False


async def main():
    global main_task
    main_task = asyncio.current_task()

    # A：用 aclosing 包起来
    async with aclosing(numbers("A")) as gen:
        async for _ in gen:
            break
    print("A：async with 之后")
    #> A：async with 之后

    # B：没有任何变量引用它
    async for _ in numbers("B"):
        break
    print("B：循环之后")
    #> B：循环之后
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("B：让出两次之后")
    #> B：让出两次之后

    # C：一直有引用，直到 asyncio.run() 收尾
    registry.append(numbers("C"))
    async for _ in registry[0]:
        break
    print("C：main() 即将返回")
    #> C：main() 即将返回


asyncio.run(main())
