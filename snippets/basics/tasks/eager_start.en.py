# /// script
# requires-python = ">=3.14"
# ///
import asyncio

log = []


async def worker(name):
    log.append(f"{name} step 1")
    await asyncio.sleep(0)  # first suspension: the rest is scheduled
    log.append(f"{name} step 2")


async def main():
    normal = asyncio.create_task(worker("A"))
    eager = asyncio.create_task(worker("B"), eager_start=True)  # 3.14+
    print(f"after create_task: {log}")
    #> after create_task: ['B step 1']
    await normal
    await eager
    print(f"after all are done: {log}")
    #> after all are done: ['B step 1', 'A step 1', 'B step 2', 'A step 2']


asyncio.run(main())
