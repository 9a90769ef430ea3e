import asyncio


async def server(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name  # the result carries the name: that is how we know whose it is


async def main():
    tasks = [
        asyncio.create_task(server(name, hops))
        for name, hops in [("a", 20), ("b", 2), ("c", 4), ("d", 30)]
    ]
    answers = []
    try:
        for next_done in asyncio.as_completed(tasks):
            answers.append(await next_done)  # await every one
            if len(answers) == 2:  # enough
                break
    finally:
        # as_completed() cancels nothing: the rest are ours to clean up
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    print(f"first two answers: {answers}")
    #> first two answers: ['b', 'c']
    print(f"cancelled: {sum(t.cancelled() for t in tasks)}")
    #> cancelled: 2


asyncio.run(main())
