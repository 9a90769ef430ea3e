import asyncio

# 模拟的服务端数据：页码 -> 这一页的条目
PAGES = {1: ["苹果", "香蕉"], 2: ["樱桃", "枣"], 3: ["接骨木"]}
fetched = []  # 已经请求过的页码


async def fetch_page(number):
    await asyncio.sleep(0)  # 假装在等网络
    fetched.append(number)
    return PAGES.get(number, [])


async def all_items():
    """逐页请求，逐项产出；没有更多数据时结束。"""
    number = 1
    while batch := await fetch_page(number):
        for item in batch:
            yield item
        number += 1


async def main():
    async for item in all_items():
        print(f"处理 {item}（此时已请求 {len(fetched)} 页）")
        #> 处理 苹果（此时已请求 1 页）
        #> 处理 香蕉（此时已请求 1 页）
        #> 处理 樱桃（此时已请求 2 页）
        #> 处理 枣（此时已请求 2 页）
        #> 处理 接骨木（此时已请求 3 页）
    print(f"处理完毕：共请求 {len(fetched)} 次，最后一次得到空页")
    #> 处理完毕：共请求 4 次，最后一次得到空页


asyncio.run(main())
