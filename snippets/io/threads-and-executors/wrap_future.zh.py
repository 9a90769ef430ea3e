import asyncio
import concurrent.futures


def checksum(data):
    return sum(data) % 256


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        # 某个库只给你 concurrent.futures.Future（例如它自己管理线程池）
        cf = pool.submit(checksum, b"asyncio")
        print(f"能直接 await 吗：{hasattr(cf, '__await__')}")
        #> 能直接 await 吗：False
        fut = asyncio.wrap_future(cf)  # 包装成 asyncio 的 Future
        print(f"校验和：{await fut}")
        #> 校验和：246


asyncio.run(main())
