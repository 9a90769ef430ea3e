# /// script
# requires-python = ">=3.12"
# ///
import asyncio

log = []


async def worker():
    log.append("step 1")
    await asyncio.sleep(0)  # first suspension: the rest is scheduled
    log.append("step 2")


async def cached():
    return "hit"  # finishes without ever suspending


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)  # 3.12+
    task = asyncio.create_task(worker())
    print(f"right after create_task: {log}, done: {task.done()}")
    #> right after create_task: ['step 1'], done: False
    quick = asyncio.create_task(cached())
    print(f"quick task done: {quick.done()}, result: {quick.result()}")
    #> quick task done: True, result: hit
    await task
    print(f"after await: {log}")
    #> after await: ['step 1', 'step 2']


asyncio.run(main())
