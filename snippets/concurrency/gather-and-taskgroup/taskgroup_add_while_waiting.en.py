# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def crawl(tg, depth):
    await asyncio.sleep(0)
    print("depth", depth)
    #> depth 1
    #> depth 2
    #> depth 3
    if depth < 3:  # a child adds tasks while the group waits
        tg.create_task(crawl(tg, depth + 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, 1))
        print("body done, the group is waiting")
        #> body done, the group is waiting
    print("all done")
    #> all done


asyncio.run(main())
