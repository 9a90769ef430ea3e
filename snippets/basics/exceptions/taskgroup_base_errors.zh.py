# /// script
# requires-python = ">=3.11"
# ///
import asyncio

cancelled = []


class Abort(BaseException):
    """既不是 SystemExit 也不是 KeyboardInterrupt 的 BaseException。"""


async def sibling():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        cancelled.append(True)
        raise


async def failing(exc):
    raise exc


async def run_group(exc, in_body):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sibling())
        if in_body:
            await asyncio.sleep(0)
            raise exc  # "async with" 的代码块本身失败
        tg.create_task(failing(exc))  # 一个子任务失败


def describe(e):
    kind = "是 Exception" if isinstance(e, Exception) else "不是 Exception"
    if isinstance(e, BaseExceptionGroup):
        names = [type(x).__name__ for x in e.exceptions]
        return f"{type(e).__name__} {names}，{kind}"
    return f"{type(e).__name__}（未被包装），{kind}"


async def outcome(exc, where):
    try:
        await run_group(exc, in_body=where == "代码块")
    except (BaseExceptionGroup, SystemExit) as e:
        return describe(e)


async def main():
    cases = [
        (ValueError(), "子任务"),
        (Abort(), "子任务"),
        (SystemExit(3), "代码块"),
    ]
    for exc, where in cases:
        result = await outcome(exc, where)
        print(f"{type(exc).__name__} 在{where}中：{result}")
        #> ValueError 在子任务中：ExceptionGroup ['ValueError']，是 Exception
        #> Abort 在子任务中：BaseExceptionGroup ['Abort']，不是 Exception
        #> SystemExit 在代码块中：SystemExit（未被包装），不是 Exception
    print(f"被取消的兄弟任务：{len(cancelled)}")
    #> 被取消的兄弟任务：3


asyncio.run(main())
