# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    barrier = asyncio.Barrier(3)

    async def worker(name):
        try:
            await barrier.wait()
            return f"{name}: passed"
        except asyncio.BrokenBarrierError:
            return f"{name}: BrokenBarrierError"

    tasks = [asyncio.create_task(worker(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)  # two tasks wait for a third
    await barrier.abort()  # the third will never come
    print(await asyncio.gather(*tasks))
    #> ['w1: BrokenBarrierError', 'w2: BrokenBarrierError']
    print(f"broken: {barrier.broken}")
    #> broken: True
    print(f"wait() afterwards: {await worker('w3')}")
    #> wait() afterwards: w3: BrokenBarrierError

    await barrier.reset()  # back to the initial, empty state
    print(f"broken after reset: {barrier.broken}")
    #> broken after reset: False

    waiting = asyncio.create_task(worker("w4"))
    await asyncio.sleep(0)
    await barrier.reset()  # reset while a task waits: it gets the error
    print(await waiting)
    #> w4: BrokenBarrierError
    print(f"n_waiting: {barrier.n_waiting}, broken: {barrier.broken}")
    #> n_waiting: 0, broken: False


asyncio.run(main())
