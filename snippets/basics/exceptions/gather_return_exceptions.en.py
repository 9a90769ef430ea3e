import asyncio


async def job(kind):
    await asyncio.sleep(0)
    if kind == "value":
        raise ValueError(kind)
    if kind == "type":
        raise TypeError(kind)
    return kind.upper()


async def main():
    kinds = ["ok", "value", "type", "fine"]

    # Without return_exceptions: the first exception propagates.
    try:
        await asyncio.gather(*(job(k) for k in kinds))
    except (ValueError, TypeError) as e:
        print(f"gather raised: {type(e).__name__}")
        #> gather raised: ValueError

    # With return_exceptions=True: exceptions come back as results,
    # in argument order, next to the normal results.
    results = await asyncio.gather(
        *(job(k) for k in kinds), return_exceptions=True
    )
    for kind, r in zip(kinds, results, strict=True):
        outcome = type(r).__name__ if isinstance(r, BaseException) else r
        print(f"{kind}: {outcome}")
        #> ok: OK
        #> value: ValueError
        #> type: TypeError
        #> fine: FINE


asyncio.run(main())
