import asyncio


async def worker(name, yields):
    for _ in range(yields):
        await asyncio.sleep(0)
    return name


async def main():
    slow = asyncio.create_task(worker("slow", 3))
    fast = asyncio.create_task(worker("fast", 1))
    for item in asyncio.as_completed([slow, fast]):
        original = item is slow or item is fast
        print(f"coroutine: {asyncio.iscoroutine(item)}, original: {original}")
        #> coroutine: True, original: False
        #> coroutine: True, original: False
        print(f"await gives: {await item}")  # results in completion order
        #> await gives: fast
        #> await gives: slow

    go = asyncio.Event()
    waiting = asyncio.create_task(go.wait())
    for item in asyncio.as_completed([waiting], timeout=0.01):
        try:
            await item
        except asyncio.TimeoutError:
            print("the yielded coroutine raised TimeoutError")
            #> the yielded coroutine raised TimeoutError
    print(f"task cancelled: {waiting.cancelled()}")
    #> task cancelled: False
    go.set()
    await waiting


asyncio.run(main())
