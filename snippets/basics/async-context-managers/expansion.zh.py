import asyncio
import itertools
import sys

log = []


class Tracer:
    async def __aenter__(self):
        await asyncio.sleep(0)  # 它是协程：可以挂起
        log.append("进入")
        return "资源"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        log.append(f"退出({exc_type.__name__ if exc_type else None})")
        return False  # 假值：不吞掉异常


async def async_with(fail):
    async with Tracer() as value:
        log.append(f"代码块({value})")
        if fail:
            raise ValueError


async def expanded(fail):
    # 按语言参考手册写出的 async with 等价代码
    manager = Tracer()
    aenter = type(manager).__aenter__
    aexit = type(manager).__aexit__
    value = await aenter(manager)  # 在 try 之外：这里失败就不会调用 aexit
    hit_except = False
    try:
        target = value  # TARGET = value
        log.append(f"代码块({target})")
        if fail:
            raise ValueError
    except BaseException:
        hit_except = True
        if not await aexit(manager, *sys.exc_info()):
            raise
    finally:
        if not hit_except:
            await aexit(manager, None, None, None)


async def main():
    for run, fail in itertools.product((async_with, expanded), (False, True)):
        log.clear()
        try:
            await run(fail)
        except ValueError:
            log.append("抛给调用者")
        print(run.__name__, log)
        #> async_with ['进入', '代码块(资源)', '退出(None)']
        #> async_with ['进入', '代码块(资源)', '退出(ValueError)', '抛给调用者']
        #> expanded ['进入', '代码块(资源)', '退出(None)']
        #> expanded ['进入', '代码块(资源)', '退出(ValueError)', '抛给调用者']


asyncio.run(main())
