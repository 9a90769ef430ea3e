# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    # 1. Extend a deadline before it fires
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 10)  # we need more time
        await asyncio.sleep(0.05)  # longer than the first 0.01 s
    print(f"extended: expired() = {cm.expired()}")
    #> extended: expired() = False

    # 2. Start without a deadline, set one once it is known
    try:
        async with asyncio.timeout(None) as cm:
            print(f"when() is None: {cm.when() is None}")
            #> when() is None: True
            cm.reschedule(loop.time() + 0.02)
            print(f"when() is None: {cm.when() is None}")
            #> when() is None: False
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"late deadline: expired() = {cm.expired()}")
        #> late deadline: expired() = True

    # 3. timeout() fixes the deadline when it is called
    cm = asyncio.timeout(0.01)
    await asyncio.sleep(0.05)  # the block has not been entered yet
    print(f"deadline passed before entering: {cm.when() < loop.time()}")
    #> deadline passed before entering: True
    try:
        async with cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"created too early: expired() = {cm.expired()}")
        #> created too early: expired() = True


asyncio.run(main())
