import asyncio

log = []


async def heartbeat():
    for _ in range(2):
        log.append("heartbeat")
        await asyncio.sleep(0)


async def crunch(chunked):
    total = 0
    for part in range(3):
        # Pure computation: no suspension point here, no other task can run
        start = part * 100_000
        total += sum(i * i for i in range(start, start + 100_000))
        log.append(f"part {part + 1}/3")
        if chunked:
            await asyncio.sleep(0)  # yield once after each part
    return total


async def main():
    for chunked in (False, True):
        log.clear()
        total, _ = await asyncio.gather(crunch(chunked), heartbeat())
        label = "in chunks" if chunked else "all at once"
        print(f"{label}: {total}")
        #> all at once: 8999955000050000
        #> in chunks: 8999955000050000
        print(" -> ".join(log))
        #> part 1/3 -> part 2/3 -> part 3/3 -> heartbeat -> heartbeat
        #> part 1/3 -> heartbeat -> part 2/3 -> heartbeat -> part 3/3


asyncio.run(main())
