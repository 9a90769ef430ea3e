# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []


async def child(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    log.append(f"{name} done")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a", 2))
        tg.create_task(child("b", 1))
        log.append("body ends")
    log.append("after the block")  # __aexit__ waited for both children
    print(log)
    #> ['body ends', 'b done', 'a done', 'after the block']

    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("inside the block: CancelledError")
                #> inside the block: CancelledError
                raise
    except TimeoutError:
        # __aexit__ turned the cancellation into TimeoutError
        print(f"outside the block: TimeoutError, expired() = {cm.expired()}")
        #> outside the block: TimeoutError, expired() = True


asyncio.run(main())
