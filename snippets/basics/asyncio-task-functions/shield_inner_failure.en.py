import asyncio
import gc


async def save(release):
    await release.wait()
    raise RuntimeError("disk full")  # fails after the caller was cancelled


async def caller(inner):
    return await asyncio.shield(inner)


async def main():
    reports = []  # messages received by the loop's exception handler
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _, ctx: reports.append(ctx["message"]))

    release = asyncio.Event()
    inner = asyncio.create_task(save(release))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    release.set()
    await asyncio.wait([inner])  # wait for it, without retrieving its error
    print(f"inner done: {inner.done()}, handler got: {reports}")
    #> inner done: True, handler got: []

    del inner, outer  # drop the last references; the tasks are collected
    gc.collect()
    print(f"after collection: {reports}")
    #> after collection: ['Task exception was never retrieved']


asyncio.run(main())
