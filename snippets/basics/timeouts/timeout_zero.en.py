# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []


async def work():
    log.append("work() started")


async def compute():
    return sum(range(10))  # returns without ever suspending


async def main():
    try:
        async with asyncio.timeout(0):
            log.append("body started")
            await asyncio.sleep(0)  # the first suspension point
            log.append("after the first await")  # never runs
    except TimeoutError:
        log.append("TimeoutError")
    print(log)
    #> ['body started', 'TimeoutError']

    async with asyncio.timeout(0) as cm:
        total = await compute()  # an await, but no suspension
    print(f"no suspension point: {total}, expired() = {cm.expired()}")
    #> no suspension point: 45, expired() = False

    log.clear()
    try:
        await asyncio.wait_for(work(), timeout=0)
    except TimeoutError:
        log.append("TimeoutError")
    print(f"wait_for(..., 0): {log}")
    #> wait_for(..., 0): ['TimeoutError']


asyncio.run(main())
