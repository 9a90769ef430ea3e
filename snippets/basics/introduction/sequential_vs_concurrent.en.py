import asyncio
import time


async def fetch(i):
    await asyncio.sleep(0.05)  # stands in for a 0.05 s wait on the network
    return i


async def main():
    # Real durations differ from run to run: print only how they compare
    # with 0.4 s
    start = time.perf_counter()
    results = []
    for i in range(10):
        results.append(await fetch(i))  # wait for one, then the next
    elapsed = time.perf_counter() - start
    print(f"sequential: {results}")
    #> sequential: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"sequential took >= 0.4 s: {elapsed >= 0.4}")
    #> sequential took >= 0.4 s: True

    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    elapsed = time.perf_counter() - start
    print(f"concurrent: {results}")
    #> concurrent: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"concurrent took < 0.4 s: {elapsed < 0.4}")
    #> concurrent took < 0.4 s: True


asyncio.run(main())
