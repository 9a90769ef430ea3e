# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def main():
    headers = {}  # 服务器没有给出 Retry-After
    delay = float(headers.get("Retry-After", "nan"))  # 算出来的是 NaN
    try:
        await asyncio.sleep(delay)
    except ValueError as exc:
        print(f"sleep({delay})：{type(exc).__name__}")
        #> sleep(nan)：ValueError


asyncio.run(main())
