# /// script
# requires-python = ">=3.12"
# ///
import asyncio


async def worker():
    print("worker: first step")
    #> worker: first step
    await asyncio.sleep(0)  # first suspension: the rest is scheduled
    print("worker: second step")
    #> worker: second step


async def cached():
    return "hit"  # finishes without ever suspending


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)  # 3.12+
    task = asyncio.create_task(worker())
    print("create_task returned, done:", task.done())
    #> create_task returned, done: False
    quick = asyncio.create_task(cached())
    print("quick task done:", quick.done(), "result:", quick.result())
    #> quick task done: True result: hit
    await task


asyncio.run(main())
