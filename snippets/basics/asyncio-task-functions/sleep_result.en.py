import asyncio
import math


async def main():
    value = await asyncio.sleep(0.001, result="r")
    print("sleep(0.001, result='r') returned:", value)
    #> sleep(0.001, result='r') returned: r
    print("sleep(0, result=0) returned:", await asyncio.sleep(0, result=0))
    #> sleep(0, result=0) returned: 0

    loop = asyncio.get_running_loop()
    log = []

    def first():
        log.append("round 1")
        loop.call_soon(log.append, "round 2")  # queues the next one as it runs

    loop.call_soon(first)  # queued before we yield
    await asyncio.sleep(0)  # fast path: one bare yield, no timer
    print("after sleep(0):", log)
    #> after sleep(0): ['round 1']
    await asyncio.sleep(-1)  # any delay <= 0 takes the same path
    print("after sleep(-1):", log)
    #> after sleep(-1): ['round 1', 'round 2']

    try:
        value = await asyncio.sleep(math.nan, result="woke up")
        print("sleep(nan) returned:", value)
    except ValueError as exc:  # 3.13+
        print("sleep(nan) raised", type(exc).__name__)
        #> sleep(nan) raised ValueError


asyncio.run(main())
