# /// script
# requires-python = ">=3.11"
# ///
import asyncio

cancelled = []


class Abort(BaseException):
    """A BaseException that is neither SystemExit nor KeyboardInterrupt."""


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
            raise exc  # the body of "async with" fails
        tg.create_task(failing(exc))  # a child task fails


def describe(e):
    kind = "an Exception" if isinstance(e, Exception) else "not an Exception"
    if isinstance(e, BaseExceptionGroup):
        names = [type(x).__name__ for x in e.exceptions]
        return f"{type(e).__name__} {names}, {kind}"
    return f"{type(e).__name__} (not wrapped), {kind}"


async def outcome(exc, where):
    try:
        await run_group(exc, in_body=where == "body")
    except (BaseExceptionGroup, SystemExit) as e:
        return describe(e)


async def main():
    cases = [
        (ValueError(), "child"),
        (Abort(), "child"),
        (SystemExit(3), "body"),
    ]
    for exc, where in cases:
        result = await outcome(exc, where)
        print(f"{type(exc).__name__} in {where}: {result}")
        #> ValueError in child: ExceptionGroup ['ValueError'], an Exception
        #> Abort in child: BaseExceptionGroup ['Abort'], not an Exception
        #> SystemExit in body: SystemExit (not wrapped), not an Exception
    print(f"siblings cancelled: {len(cancelled)}")
    #> siblings cancelled: 3


asyncio.run(main())
