# /// script
# requires-python = ">=3.14"
# ///
import asyncio

cache = {"users": "users data (cached)"}
log = []


async def lookup(key):
    if key in cache:  # a cache hit: nothing to wait for
        log.append(f"{key}: cache hit")
        return cache[key]
    log.append(f"{key}: querying the database")
    await asyncio.sleep(0)
    return f"{key} data"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(lookup("users"), eager_start=True)
        log.append(f"create_task returned, users done: {a.done()}")
        b = tg.create_task(lookup("orders"), eager_start=True)
        log.append(f"create_task returned, orders done: {b.done()}")
        c = tg.create_task(lookup("stock"))  # an ordinary task
        log.append(f"create_task returned, stock done: {c.done()}")
    for line in log:
        print(line)
        #> users: cache hit
        #> create_task returned, users done: True
        #> orders: querying the database
        #> create_task returned, orders done: False
        #> create_task returned, stock done: False
        #> stock: querying the database
    print(f"results: {[t.result() for t in (a, b, c)]}")
    #> results: ['users data (cached)', 'orders data', 'stock data']


asyncio.run(main())
