import asyncio

log = []


async def worker(name):
    log.append(f"{name} starts")
    await asyncio.sleep(0)  # give the other tasks a turn
    log.append(f"{name} resumes")


def outside_loop():
    coro = worker("X")
    try:
        asyncio.create_task(coro)
    except RuntimeError:
        print("outside a running loop: RuntimeError")
        #> outside a running loop: RuntimeError
    coro.close()  # it never ran; close it to avoid a warning


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in "ABC"]
    # Nothing has run yet: main still holds the event loop.
    print("after create_task:", log)
    #> after create_task: []
    await asyncio.sleep(0)  # main yields control for one iteration
    print("after main yielded once:", log)
    #> after main yielded once: ['A starts', 'B starts', 'C starts']
    await asyncio.gather(*tasks)
    print("after gather:", log[3:])
    #> after gather: ['A resumes', 'B resumes', 'C resumes']


outside_loop()
asyncio.run(main())
