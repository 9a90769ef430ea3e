import asyncio
import time

waiting = {"now": 0, "most": 0}  # requests waiting now, and the most at once


async def fetch(i):
    waiting["now"] += 1
    waiting["most"] = max(waiting["most"], waiting["now"])
    await asyncio.sleep(0.05)  # stands in for a 0.05 s wait on the network
    waiting["now"] -= 1
    return i


async def main():
    start = time.perf_counter()
    results = []
    for i in range(10):
        results.append(await fetch(i))  # wait for one, then the next
    sequential = time.perf_counter() - start
    print(f"sequential: {results}")
    #> sequential: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"sequential, most requests waiting at once: {waiting['most']}")
    #> sequential, most requests waiting at once: 1

    waiting["most"] = 0
    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    concurrent = time.perf_counter() - start
    print(f"concurrent: {results}")
    #> concurrent: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(f"concurrent, most requests waiting at once: {waiting['most']}")
    #> concurrent, most requests waiting at once: 10

    # Real durations (about 0.5 s and 0.05 s) differ from run to run, so
    # print only how they compare
    print(f"concurrent is faster than sequential: {concurrent < sequential}")
    #> concurrent is faster than sequential: True


asyncio.run(main())
