import asyncio


async def server(name, log):
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0)  # closing a connection awaits too
        log.append(name)  # record: connection closed


async def main():
    log = []
    losers = [asyncio.create_task(server(name, log)) for name in ("a", "b")]
    await asyncio.sleep(0)  # let them start
    for t in losers:
        t.cancel()
    # cancel() only makes a request: the losers have not finished yet
    print(f"after cancel(): {[t.cancelled() for t in losers]}, closed: {log}")
    #> after cancel(): [False, False], closed: []
    await asyncio.gather(*losers, return_exceptions=True)
    print(f"after awaiting: {[t.cancelled() for t in losers]}, closed: {log}")
    #> after awaiting: [True, True], closed: ['a', 'b']


asyncio.run(main())
