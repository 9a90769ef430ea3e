import asyncio
from contextlib import aclosing

steps = []  # 按发生顺序记下每一步，最后统一打印


async def numbers(case, started):
    try:
        yield 1
        started.set()
        await asyncio.Event().wait()  # 情形 1：停在生成器内部
        yield 2
    except BaseException as e:
        steps.append(f"情形 {case}：生成器内看到 {type(e).__name__}")
        raise


async def consume(case, started):
    async with aclosing(numbers(case, started)) as gen:
        async for _ in gen:
            if case == 2:
                started.set()
                await asyncio.Event().wait()  # 情形 2：停在循环体中


async def main():
    for case in (1, 2):
        started = asyncio.Event()
        task = asyncio.create_task(consume(case, started))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        steps.append(f"情形 {case}：任务被取消：{task.cancelled()}")
    for step in steps:
        print(step)
        #> 情形 1：生成器内看到 CancelledError
        #> 情形 1：任务被取消：True
        #> 情形 2：生成器内看到 GeneratorExit
        #> 情形 2：任务被取消：True


asyncio.run(main())
