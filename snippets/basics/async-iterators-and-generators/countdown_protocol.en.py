import asyncio


class Countdown:
    """Async iterator: counts down from n to 1."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self  # return the async iterator itself, directly

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration  # tells async for: no next item
        await asyncio.sleep(0)  # fetching the next item may await
        self.n -= 1
        return self.n + 1


async def main():
    async for i in Countdown(3):
        print("async for got", i)
        #> async for got 3
        #> async for got 2
        #> async for got 1

    # The equivalent code for async for, from the language reference
    it = Countdown(2)
    it = type(it).__aiter__(it)
    while True:
        try:
            i = await type(it).__anext__(it)
        except StopAsyncIteration:
            print("StopAsyncIteration: loop ends")
            #> StopAsyncIteration: loop ends
            break
        print("manually got", i)
        #> manually got 2
        #> manually got 1


asyncio.run(main())
