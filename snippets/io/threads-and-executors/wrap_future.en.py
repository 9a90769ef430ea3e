import asyncio
import concurrent.futures


def checksum(data):
    return sum(data) % 256


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        # a library hands you a concurrent.futures.Future (its own pool, say)
        cf = pool.submit(checksum, b"asyncio")
        print(f"awaitable as it is: {hasattr(cf, '__await__')}")
        #> awaitable as it is: False
        fut = asyncio.wrap_future(cf)  # wrap it in an asyncio Future
        print(f"checksum: {await fut}")
        #> checksum: 246


asyncio.run(main())
