import asyncio

steps = []  # 按发生顺序记下每一步，最后统一打印


async def worker():
    try:
        while True:
            try:
                got = yield "就绪"
                steps.append(f"生成器：收到 {got}")
            except ValueError as e:
                steps.append(f"生成器：处理了 ValueError（{e}）")
    finally:
        await asyncio.sleep(0)  # aclose() 期间 finally 里也可以 await
        steps.append("生成器：清理完成")


async def main():
    gen = worker()
    # 启动生成器：第一次只能传入 None
    steps.append(f"asend(None) 返回：{await gen.asend(None)}")
    steps.append(f"asend('任务 A') 返回：{await gen.asend('任务 A')}")
    # athrow：在生成器停住的 yield 处抛出异常
    error = ValueError("坏数据")
    steps.append(f"athrow(ValueError) 返回：{await gen.athrow(error)}")
    # aclose：在 yield 处抛出 GeneratorExit
    await gen.aclose()
    steps.append("aclose() 返回")
    steps.append(f"关闭后 anext()：{await anext(gen, '已关闭')}")
    for number, step in enumerate(steps, 1):
        print(number, step)
        #> 1 asend(None) 返回：就绪
        #> 2 生成器：收到 任务 A
        #> 3 asend('任务 A') 返回：就绪
        #> 4 生成器：处理了 ValueError（坏数据）
        #> 5 athrow(ValueError) 返回：就绪
        #> 6 生成器：清理完成
        #> 7 aclose() 返回
        #> 8 关闭后 anext()：已关闭


asyncio.run(main())
