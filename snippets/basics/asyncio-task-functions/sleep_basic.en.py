import asyncio

attempts = 0


async def flaky_fetch():
    """A flaky service: the first two connections fail, the third works."""
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("cannot connect right now")
    return "data"


async def fetch_with_retry(delay=0.01):
    while True:
        try:
            return await flaky_fetch()
        except ConnectionError:
            print(f"attempt {attempts} failed, retrying in {delay} s")
            #> attempt 1 failed, retrying in 0.01 s
            #> attempt 2 failed, retrying in 0.02 s
            await asyncio.sleep(delay)  # other tasks run while we wait
            delay *= 2


async def sum_squares(n, pause_every=0):
    total = 0
    for i in range(1, n + 1):
        total += i * i
        if pause_every and i % pause_every == 0:
            await asyncio.sleep(0)  # yield: let other tasks run once
    return total


async def other_task(turns):
    while True:
        turns.append(1)  # note that it ran once
        await asyncio.sleep(0)


async def main():
    print(f"result: {await fetch_with_retry()}")
    #> result: data

    for pause_every in (0, 1000):
        turns = []
        other = asyncio.create_task(other_task(turns))
        await sum_squares(5000, pause_every)
        other.cancel()
        await asyncio.gather(other, return_exceptions=True)
        label = "never yielding"
        if pause_every:
            label = f"yielding every {pause_every} steps"
        print(f"{label}: the other task ran {len(turns)} times meanwhile")
        #> never yielding: the other task ran 0 times meanwhile
        #> yielding every 1000 steps: the other task ran 5 times meanwhile


asyncio.run(main())
