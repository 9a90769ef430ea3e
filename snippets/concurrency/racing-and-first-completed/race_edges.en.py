import asyncio


async def race(*coros):
    tasks = [asyncio.create_task(c) for c in coros]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        winner = next(t for t in tasks if t in done)
        return winner.result()
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def server(name, hops, log, fail=False):
    log.append(f"{name} started")
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        if fail:
            raise ConnectionError(name)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


def leftovers():
    return len(asyncio.all_tasks() - {asyncio.current_task()})


async def main():
    # case 1: b finishes first by failing; the failure is the race's result
    log = []
    try:
        await race(server("a", 5, log), server("b", 2, log, fail=True))
    except ConnectionError as e:
        print(f"race failed: {type(e).__name__}({e})")
        #> race failed: ConnectionError(b)
    print(f"log: {log}")
    #> log: ['a started', 'b started', 'a cancelled']
    print(f"tasks left: {leftovers()}")
    #> tasks left: 0

    # case 2: the caller is cancelled halfway through the race
    log = []
    caller = asyncio.create_task(
        race(server("a", 100, log), server("b", 100, log))
    )
    while len(log) < 2:  # until both servers have started
        await asyncio.sleep(0)
    caller.cancel()
    try:
        await caller
    except asyncio.CancelledError:
        print(f"caller cancelled: {caller.cancelled()}")
        #> caller cancelled: True
    print(f"log: {log}")
    #> log: ['a started', 'b started', 'a cancelled', 'b cancelled']
    print(f"tasks left: {leftovers()}")
    #> tasks left: 0


asyncio.run(main())
