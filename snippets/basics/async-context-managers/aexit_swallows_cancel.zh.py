import asyncio


class SuppressAll:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return True  # 抑制任何异常，包括 CancelledError


class SuppressErrors(SuppressAll):
    async def __aexit__(self, exc_type, exc, tb):
        # 只抑制 Exception 的子类；CancelledError 属于 BaseException
        return exc_type is not None and issubclass(exc_type, Exception)


async def worker(cm, started):
    async with cm:
        started.set()
        await asyncio.sleep(3600)  # 在这里被取消
    return "正常返回"  # async with 之后的代码照常运行了


async def main():
    is_error = issubclass(asyncio.CancelledError, Exception)
    print(f"CancelledError 是 Exception 的子类：{is_error}")
    #> CancelledError 是 Exception 的子类：False
    for cm in (SuppressAll(), SuppressErrors()):
        started = asyncio.Event()
        task = asyncio.create_task(worker(cm, started))
        await started.wait()
        task.cancel()
        [outcome] = await asyncio.gather(task, return_exceptions=True)
        if isinstance(outcome, BaseException):
            outcome = type(outcome).__name__
        name = type(cm).__name__
        print(f"{name}：cancelled()={task.cancelled()}，得到：{outcome}")
        #> SuppressAll：cancelled()=False，得到：正常返回
        #> SuppressErrors：cancelled()=True，得到：CancelledError


asyncio.run(main())
