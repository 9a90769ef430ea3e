# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    waiting = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(f"n_waiting before the cancel: {barrier.n_waiting}")
    #> n_waiting before the cancel: 1

    waiting.cancel()  # a waiting task is cancelled and leaves the barrier
    await asyncio.gather(waiting, return_exceptions=True)
    print(f"n_waiting after the cancel: {barrier.n_waiting}")
    #> n_waiting after the cancel: 0
    print(f"broken: {barrier.broken}")  # the barrier itself is not broken
    #> broken: False

    indices = await asyncio.gather(barrier.wait(), barrier.wait())
    print(f"works as before: {sorted(indices)}")
    #> works as before: [0, 1]


asyncio.run(main())
