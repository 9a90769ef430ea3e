import asyncio


async def server(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name  # 结果里带上名字，才知道是谁的回答


async def main():
    tasks = [
        asyncio.create_task(server(name, hops))
        for name, hops in [("a", 20), ("b", 2), ("c", 4), ("d", 30)]
    ]
    answers = []
    try:
        for next_done in asyncio.as_completed(tasks):
            answers.append(await next_done)  # 每个都要 await
            if len(answers) == 2:  # 够用了
                break
    finally:
        # as_completed() 不取消任何任务：剩下的由我们收尾
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    print(f"先到的两个：{answers}")
    #> 先到的两个：['b', 'c']
    print(f"被取消的：{sum(t.cancelled() for t in tasks)} 个")
    #> 被取消的：2 个


asyncio.run(main())
