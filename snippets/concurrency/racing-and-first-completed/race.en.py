import asyncio


async def race(*coros):
    """Return the result of the first to finish; cancel and await the rest."""
    tasks = [asyncio.create_task(c) for c in coros]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        # several may finish in the same pass: take the first in argument order
        winner = next(t for t in tasks if t in done)
        return winner.result()  # the winner's exception propagates here
    finally:
        # reached on return, on the winner's failure and on cancellation
        for t in tasks:
            t.cancel()  # cancel() does nothing to a finished task
        # wait until the losers have finished; return_exceptions=True
        # collects their exceptions
        await asyncio.gather(*tasks, return_exceptions=True)


async def server(name, hops, log):
    """A simulated server: answers after yielding hops times."""
    try:
        for _ in range(hops):
            await asyncio.sleep(0)
        return f"answer from {name}"
    except asyncio.CancelledError:
        log.append(name)  # close the connection etc. here
        raise


async def main():
    cancelled = []
    answer = await race(
        server("a", 5, cancelled),
        server("b", 2, cancelled),
        server("c", 4, cancelled),
    )
    print(f"result: {answer}")
    #> result: answer from b
    print(f"cancelled: {sorted(cancelled)}")
    #> cancelled: ['a', 'c']
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(f"tasks still running: {len(others)}")
    #> tasks still running: 0


asyncio.run(main())
