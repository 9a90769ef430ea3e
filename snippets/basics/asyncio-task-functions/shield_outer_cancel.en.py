import asyncio


async def save(release):
    await release.wait()  # the work being protected
    return "saved"


async def caller(inner):
    return await asyncio.shield(inner)


async def main():
    # Case 1: the caller (the outer await) is cancelled.
    release = asyncio.Event()
    inner = asyncio.create_task(save(release))  # keep a strong reference
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)  # caller is now parked on await shield(...)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print(f"caller cancelled: {outer.cancelled()}")
    #> caller cancelled: True
    print(f"inner cancelled: {inner.cancelled()}, done: {inner.done()}")
    #> inner cancelled: False, done: False
    release.set()
    print(f"inner result: {await inner}")
    #> inner result: saved

    # Case 2: the inner task itself is cancelled.
    inner = asyncio.create_task(save(asyncio.Event()))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    inner.cancel()
    await asyncio.gather(outer, inner, return_exceptions=True)
    print(f"both cancelled: {outer.cancelled() and inner.cancelled()}")
    #> both cancelled: True


asyncio.run(main())
