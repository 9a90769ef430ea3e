import asyncio


async def pages(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0)  # 假装在请求下一页
        yield f"第 {i} 页"


async def main():
    gen = pages(2)
    print(aiter(gen) is gen)  # aiter(x) 就是 x.__aiter__()
    #> True
    print(await anext(gen))
    #> 第 1 页
    print(await anext(gen, "没有了"))
    #> 第 2 页
    print(await anext(gen, "没有了"))  # 耗尽后返回默认值
    #> 没有了
    try:
        await anext(gen)  # 不给默认值
    except StopAsyncIteration:
        print("不给默认值：StopAsyncIteration")
        #> 不给默认值：StopAsyncIteration

    # 只取第一项（可能一项都没有）
    first = await anext(pages(0), None)
    print(f"空序列的第一项：{first}")
    #> 空序列的第一项：None


asyncio.run(main())
