import asyncio

steps = []  # 按发生顺序记下每一步，最后统一打印
main_task = None


async def numbers():
    try:
        yield 1
        yield 2
    except BaseException as e:
        same = asyncio.current_task() is main_task
        kind = type(e).__name__
        steps.append(f"生成器收到 {kind}，在 main 任务中：{same}")
        raise


async def main():
    global main_task
    main_task = asyncio.current_task()
    gen = numbers()  # 只有 main() 的这个局部变量引用它
    steps.append(f"main：取到 {await anext(gen)}")
    steps.append("main：返回，没有关闭 gen")


asyncio.run(main())
steps.append("asyncio.run() 已返回")
for number, step in enumerate(steps, 1):
    print(number, step)
    #> 1 main：取到 1
    #> 2 main：返回，没有关闭 gen
    #> 3 生成器收到 CancelledError，在 main 任务中：False
    #> 4 asyncio.run() 已返回
