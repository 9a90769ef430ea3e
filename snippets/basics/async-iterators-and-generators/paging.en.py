import asyncio

# the data on a pretend server: page number -> the items on that page
PAGES = {1: ["apple", "banana"], 2: ["cherry", "date"], 3: ["elderberry"]}
fetched = []  # page numbers requested so far


async def fetch_page(number):
    await asyncio.sleep(0)  # pretend to wait for the network
    fetched.append(number)
    return PAGES.get(number, [])


async def all_items():
    """Request page after page and yield item by item; stop when empty."""
    number = 1
    while batch := await fetch_page(number):
        for item in batch:
            yield item
        number += 1


async def main():
    async for item in all_items():
        print(f"processing {item} (pages requested so far: {len(fetched)})")
        #> processing apple (pages requested so far: 1)
        #> processing banana (pages requested so far: 1)
        #> processing cherry (pages requested so far: 2)
        #> processing date (pages requested so far: 2)
        #> processing elderberry (pages requested so far: 3)
    print(f"done: {len(fetched)} requests, the last one got an empty page")
    #> done: 4 requests, the last one got an empty page


asyncio.run(main())
