import asyncio


async def worker(name):
    print(f"{name} starts")
    #> A starts
    #> B starts
    #> C starts
    await asyncio.sleep(0)  # give the other tasks a turn
    print(f"{name} resumes")
    #> A resumes
    #> B resumes
    #> C resumes


async def main():
    tasks = []
    for name in ["A", "B", "C"]:
        tasks.append(asyncio.create_task(worker(name)))
        print(f"created {name}")
        #> created A
        #> created B
        #> created C
    # Nothing has run yet: main still holds the event loop.
    await asyncio.sleep(0)  # main yields control for one iteration
    print("main is back")
    #> main is back
    await asyncio.gather(*tasks)


asyncio.run(main())
