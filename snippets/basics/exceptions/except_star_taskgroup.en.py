# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def check(item):
    await asyncio.sleep(0)
    if isinstance(item, str):
        raise TypeError(f"{item!r} is not a number")
    if item < 0:
        raise ValueError(f"{item} is negative")
    return item


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for item in [3, -1, "x", -2]:
                tg.create_task(check(item))
    except* ValueError as eg:
        # eg holds only the ValueErrors, in a group of their own.
        print(f"{type(eg).__name__} with {len(eg.exceptions)} errors:")
        #> ExceptionGroup with 2 errors:
        for e in eg.exceptions:
            print(f"  ValueError: {e}")
            #>   ValueError: -1 is negative
            #>   ValueError: -2 is negative
    except* TypeError as eg:
        print(f"{type(eg).__name__} with {len(eg.exceptions)} error:")
        #> ExceptionGroup with 1 error:
        for e in eg.exceptions:
            print(f"  TypeError: {e}")
            #>   TypeError: 'x' is not a number
    print("both clauses ran; nothing left to propagate")
    #> both clauses ran; nothing left to propagate


asyncio.run(main())
