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

    # 不加 return_exceptions：第一个异常直接传播出来。
    try:
        await asyncio.gather(*(job(k) for k in kinds))
    except (ValueError, TypeError) as e:
        print(f"gather 抛出：{type(e).__name__}")
        #> gather 抛出：ValueError

    # 加上 return_exceptions=True：异常作为结果返回，
    # 按参数顺序与正常结果排在一起。
    results = await asyncio.gather(
        *(job(k) for k in kinds), return_exceptions=True
    )
    for kind, r in zip(kinds, results, strict=True):
        outcome = type(r).__name__ if isinstance(r, BaseException) else r
        print(f"{kind}：{outcome}")
        #> ok：OK
        #> value：ValueError
        #> type：TypeError
        #> fine：FINE


asyncio.run(main())
