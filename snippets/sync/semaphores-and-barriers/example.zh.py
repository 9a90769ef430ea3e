import asyncio


async def main():
    # 把这里换成本页要讲的内容
    await asyncio.sleep(0)
    print("你好，asyncio")
    #> 你好，asyncio


asyncio.run(main())
