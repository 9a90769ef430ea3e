# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []


async def child():
    await asyncio.sleep(0)
    raise SystemExit(3)  # SystemExit in a child (KeyboardInterrupt alike)


async def sibling():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append("sibling: cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            tg.create_task(sibling())
    except SystemExit as e:
        log.append(f"main: caught SystemExit({e.code}) around async with")
    log.append("main: returns normally")
    return "main's result"


try:
    result = asyncio.run(main())
    log.append(f"asyncio.run() returned {result}")
except SystemExit as e:
    log.append(f"asyncio.run() still raised SystemExit({e.code})")
for line in log:
    print(line)
    #> sibling: cancelled
    #> main: caught SystemExit(3) around async with
    #> main: returns normally
    #> asyncio.run() still raised SystemExit(3)
