import asyncio


async def worker():
    try:
        while True:
            try:
                got = yield "就绪"
                print("收到", got)
                #> 收到 任务 A
            except ValueError as e:
                print("生成器内处理了", e)
                #> 生成器内处理了 坏数据
    finally:
        await asyncio.sleep(0)  # aclose() 期间 finally 里也可以 await
        print("清理完成")
        #> 清理完成


async def main():
    gen = worker()
    print(await gen.asend(None))  # 启动：第一次只能 send None
    #> 就绪
    print(await gen.asend("任务 A"))
    #> 就绪
    # athrow：在生成器停住的 yield 处抛出异常
    print(await gen.athrow(ValueError("坏数据")))
    #> 就绪
    # aclose：在 yield 处抛出 GeneratorExit
    await gen.aclose()
    print(await anext(gen, "已关闭"))
    #> 已关闭


asyncio.run(main())
