# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def check(item):
    await asyncio.sleep(0)
    if isinstance(item, str):
        raise TypeError(f"not a number: {item}")
    if item < 0:
        raise ValueError(f"negative: {item}")
    return item


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for item in [3, -1, "x", -2]:
                tg.create_task(check(item))
    except* ValueError as eg:
        # eg holds only the ValueErrors, in a group of their own.
        print(type(eg).__name__, "with", len(eg.exceptions), "errors:")
        #> ExceptionGroup with 2 errors:
        for e in eg.exceptions:
            print("  ValueError:", e)
            #>   ValueError: negative: -1
            #>   ValueError: negative: -2
    except* TypeError as eg:
        print(type(eg).__name__, "with", len(eg.exceptions), "error:")
        #> ExceptionGroup with 1 error:
        for e in eg.exceptions:
            print("  TypeError:", e)
            #>   TypeError: not a number: x
    print("both clauses ran; nothing left to propagate")
    #> both clauses ran; nothing left to propagate


asyncio.run(main())
