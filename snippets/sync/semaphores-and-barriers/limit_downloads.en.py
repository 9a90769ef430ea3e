import asyncio


async def main():
    limit = asyncio.Semaphore(2)  # at most two downloads at a time
    active = 0
    peak = 0
    done = []

    async def download(name):
        nonlocal active, peak
        async with limit:  # queues here when no permit is left
            active += 1
            peak = max(peak, active)
            for _ in range(3):  # a download that yields three times
                await asyncio.sleep(0)
            active -= 1
        done.append(name)

    names = [f"file{i}" for i in range(1, 7)]
    await asyncio.gather(*(download(n) for n in names))
    print(f"most downloads at once: {peak}")
    #> most downloads at once: 2
    print(f"finished in order: {' '.join(done)}")
    #> finished in order: file1 file2 file3 file4 file5 file6
    print(f"locked() at the end: {limit.locked()}")
    #> locked() at the end: False


asyncio.run(main())
