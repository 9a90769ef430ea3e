import asyncio


async def consumer(queue):
    return await queue.get()  # empty queue, must wait: binds to this loop


async def main(queue, job):
    task = asyncio.create_task(consumer(queue))
    await asyncio.sleep(0)  # let consumer run first and wait on the queue
    await queue.put(job)
    return await task


jobs = asyncio.Queue()  # wrong: created outside asyncio.run(), shared
print(f"first run: {asyncio.run(main(jobs, 'backup'))}")
#> first run: backup
try:
    asyncio.run(main(jobs, "cleanup"))
except RuntimeError as e:
    print(f"second run: {type(e).__name__}")
    #> second run: RuntimeError
    bound = str(e).endswith("is bound to a different event loop")
    print(f"message says it is bound to another loop: {bound}")
    #> message says it is bound to another loop: True


async def fresh(job):
    return await main(asyncio.Queue(), job)  # right: a new one per run


print(f"new queue for each run: {asyncio.run(fresh('cleanup'))}")
#> new queue for each run: cleanup
