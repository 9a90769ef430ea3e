import asyncio

log = []


async def worker(name):
    log.append(f"{name} starts")
    await asyncio.sleep(0)  # give the other tasks a turn
    log.append(f"{name} resumes")


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in "ABC"]
    # Nothing has run yet: main still holds the event loop.
    print(f"after create_task: {log}")
    #> after create_task: []
    await asyncio.sleep(0)  # main yields control for one iteration
    print(f"after main yielded once: {log}")
    #> after main yielded once: ['A starts', 'B starts', 'C starts']
    for task in tasks:
        await task
    print(f"after all are done: {log[3:]}")
    #> after all are done: ['A resumes', 'B resumes', 'C resumes']


asyncio.run(main())
