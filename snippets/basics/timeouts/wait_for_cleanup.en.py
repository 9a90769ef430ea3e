import asyncio

log = []


async def slow_operation():
    try:
        await asyncio.sleep(10)
    finally:
        log.append("cleanup started")
        for _ in range(3):  # cleanup that itself awaits
            await asyncio.sleep(0)
        log.append("cleanup finished")


async def main():
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.02)
    except asyncio.TimeoutError as exc:
        log.append(f"wait_for raised {type(exc).__name__}")
    for line in log:
        print(line)
        #> cleanup started
        #> cleanup finished
        #> wait_for raised TimeoutError


asyncio.run(main())
