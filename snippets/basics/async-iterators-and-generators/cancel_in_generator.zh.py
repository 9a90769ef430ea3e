import asyncio
from contextlib import aclosing


async def numbers(started):
    try:
        yield 1
        started.set()
        await asyncio.Event().wait()  # 情形 1：停在生成器内部
        yield 2
    except BaseException as e:
        print("生成器内看到", type(e).__name__)
        #> 生成器内看到 CancelledError
        #> 生成器内看到 GeneratorExit
        raise


async def consume(started, wait_in_body):
    async with aclosing(numbers(started)) as gen:
        async for _ in gen:
            if wait_in_body:
                started.set()
                await asyncio.Event().wait()  # 情形 2：停在循环体中


async def main():
    for wait_in_body in (False, True):
        started = asyncio.Event()
        task = asyncio.create_task(consume(started, wait_in_body))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        print("任务被取消：", task.cancelled())
        #> 任务被取消： True
        #> 任务被取消： True


asyncio.run(main())
