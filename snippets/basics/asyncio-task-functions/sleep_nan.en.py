# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def main():
    headers = {}  # the server sent no Retry-After
    delay = float(headers.get("Retry-After", "nan"))  # the result is NaN
    try:
        await asyncio.sleep(delay)
    except ValueError as exc:
        print(f"sleep({delay}): {type(exc).__name__}")
        #> sleep(nan): ValueError


asyncio.run(main())
