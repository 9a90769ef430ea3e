import asyncio
from contextlib import asynccontextmanager

log = []


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)  # stands in for connecting: it may await
        log.append(f"connect {self.name}")
        return self  # bound to the name after as

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)  # stands in for closing the connection
        log.append(f"close {self.name}")
        # returns None: an exception from the block reaches the caller


@asynccontextmanager
async def connect(name):  # the same thing, written as a generator
    await asyncio.sleep(0)
    log.append(f"connect {name}")
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


async def main():
    async with Connection("db") as conn:
        log.append(f"query via {conn.name}")
    try:
        async with connect("cache") as name:
            log.append(f"query via {name}")
            raise ValueError("query failed")
    except ValueError:
        log.append("the caller gets ValueError")
    for line in log:
        print(line)
        #> connect db
        #> query via db
        #> close db
        #> connect cache
        #> query via cache
        #> close cache
        #> the caller gets ValueError


asyncio.run(main())
