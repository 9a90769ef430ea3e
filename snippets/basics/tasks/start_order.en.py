import asyncio


async def worker(name):
    print(f"{name} starts")
    await asyncio.sleep(0)  # give the other tasks a turn
    print(f"{name} resumes")


async def main():
    tasks = []
    for name in ["A", "B", "C"]:
        tasks.append(asyncio.create_task(worker(name)))
        print(f"created {name}")
    # Nothing has run yet: main still holds the event loop.
    await asyncio.sleep(0)  # main yields control for one iteration
    print("main is back")
    await asyncio.gather(*tasks)


asyncio.run(main())
