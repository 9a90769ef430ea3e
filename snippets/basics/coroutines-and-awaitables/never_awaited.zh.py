import asyncio
import gc
import warnings


async def save(record):
    print("已保存", record)
    #> 已保存 r2


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # 确保每条警告都被记录下来
        save("r1")  # 错误：忘了 await，协程对象随即被丢弃
        gc.collect()
    # “已保存 r1”从未打印：函数体根本没有运行
    print(f"捕获到的警告数：{len(caught)}")
    #> 捕获到的警告数：1
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
        #> RuntimeWarning: coroutine 'save' was never awaited

    await save("r2")  # 正确写法：await 它（或交给 create_task）


asyncio.run(main())
