import asyncio


async def main():
    limit = asyncio.Semaphore(2)  # 最多两个下载同时进行
    active = 0
    peak = 0
    done = []

    async def download(name):
        nonlocal active, peak
        async with limit:  # 许可用完时在这里排队
            active += 1
            peak = max(peak, active)
            for _ in range(3):  # 模拟一次要让步三次的下载
                await asyncio.sleep(0)
            active -= 1
        done.append(name)

    names = [f"file{i}" for i in range(1, 7)]
    await asyncio.gather(*(download(n) for n in names))
    print(f"同时进行的最大数量：{peak}")
    #> 同时进行的最大数量：2
    print(f"完成顺序：{' '.join(done)}")
    #> 完成顺序：file1 file2 file3 file4 file5 file6
    print(f"结束后 locked()：{limit.locked()}")
    #> 结束后 locked()：False


asyncio.run(main())
