import asyncio

main_task = None


async def numbers():
    try:
        yield 1
        yield 2
    except BaseException as e:
        same = asyncio.current_task() is main_task
        print(f"生成器收到 {type(e).__name__}，在 main 任务中：{same}")
        #> 生成器收到 CancelledError，在 main 任务中：False
        raise


async def main():
    global main_task
    main_task = asyncio.current_task()
    gen = numbers()  # 只有 main() 的这个局部变量引用它
    print("取到", await anext(gen))
    #> 取到 1
    print("main() 返回，没有关闭 gen")
    #> main() 返回，没有关闭 gen


asyncio.run(main())
print("asyncio.run() 已返回")
#> asyncio.run() 已返回
