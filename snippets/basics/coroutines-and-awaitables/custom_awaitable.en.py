import asyncio
import inspect


class Answer:
    """A custom awaitable: __await__ must return an iterator (a generator)."""

    def __await__(self):
        print("__await__ called")
        #> __await__ called
        #> __await__ called
        yield from asyncio.sleep(0).__await__()  # borrow sleep(0) to yield once
        return 42  # the generator's return value is the value of the await


class Broken:
    def __await__(self):
        return 42  # bug: not an iterator


class BadYield:
    def __await__(self):
        yield 42  # bug: a task accepts only None or a Future


async def main():
    answer = Answer()
    print(f"isawaitable: {inspect.isawaitable(answer)}")
    #> isawaitable: True
    print(f"iscoroutine: {inspect.iscoroutine(answer)}")
    #> iscoroutine: False
    print(f"first await: {await answer}")
    #> first await: 42
    print(f"second await: {await answer}")  # each await calls __await__ again
    #> second await: 42

    try:
        await Broken()
    except TypeError as e:
        print(f"__await__ returned a non-iterator: {type(e).__name__}")
        #> __await__ returned a non-iterator: TypeError

    try:
        await BadYield()
    except RuntimeError as e:
        print(f"yielding 42 to the task: {e}")
        #> yielding 42 to the task: Task got bad yield: 42


asyncio.run(main())
