# /// script
# requires-python = ">=3.11"
# ///
import asyncio

running = 0  # downloads in progress right now
peak = 0  # the most that ever ran at once


async def download(page, hops):
    global running, peak
    running += 1
    peak = max(peak, running)
    try:
        for _ in range(hops):  # yields stand for the download time
            await asyncio.sleep(0)
        return f"{page}.html"
    finally:
        running -= 1


async def download_all(pages, limit):
    sem = asyncio.Semaphore(limit)  # at most `limit` downloads at a time

    async def one(page, hops):
        async with sem:  # wait here while every slot is taken
            return await download(page, hops)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(one(p, h)) for p, h in pages]
    return [t.result() for t in tasks]


async def main():
    pages = [("a", 3), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
    results = await download_all(pages, limit=2)
    print(f"results: {results}")
    #> results: ['a.html', 'b.html', 'c.html', 'd.html', 'e.html']
    print(f"max concurrent: {peak}")
    #> max concurrent: 2


asyncio.run(main())
