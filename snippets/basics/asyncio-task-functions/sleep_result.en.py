import asyncio


async def main():
    value = await asyncio.sleep(0.001, result="r")
    print(f"sleep(0.001, result='r') returned: {value}")
    #> sleep(0.001, result='r') returned: r
    print(f"sleep(0, result=0) returned: {await asyncio.sleep(0, result=0)}")
    #> sleep(0, result=0) returned: 0

    loop = asyncio.get_running_loop()
    log = []

    def first():
        log.append("round 1")
        loop.call_soon(log.append, "round 2")  # queues the next one as it runs

    loop.call_soon(first)  # queued before we yield
    await asyncio.sleep(0)  # fast path: one bare yield, no timer
    print(f"after sleep(0): {log}")
    #> after sleep(0): ['round 1']
    await asyncio.sleep(-1)  # any delay <= 0 takes the same path
    print(f"after sleep(-1): {log}")
    #> after sleep(-1): ['round 1', 'round 2']


asyncio.run(main())
