# /// script
# requires-python = ">=3.11"
# ///
import asyncio

running = 0  # 此刻正在下载的数量
peak = 0  # 最多同时下载过几个


async def download(page, hops):
    global running, peak
    running += 1
    peak = max(peak, running)
    try:
        for _ in range(hops):  # 让步次数代表下载耗时
            await asyncio.sleep(0)
        return f"{page}.html"
    finally:
        running -= 1


async def download_all(pages, limit):
    sem = asyncio.Semaphore(limit)  # 最多 limit 个下载同时进行

    async def one(page, hops):
        async with sem:  # 没有空位就在这里排队
            return await download(page, hops)

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(one(p, h)) for p, h in pages]
    return [t.result() for t in tasks]


async def main():
    pages = [("a", 3), ("b", 1), ("c", 2), ("d", 1), ("e", 2)]
    results = await download_all(pages, limit=2)
    print(f"结果：{results}")
    #> 结果：['a.html', 'b.html', 'c.html', 'd.html', 'e.html']
    print(f"最大并发：{peak}")
    #> 最大并发：2


asyncio.run(main())
