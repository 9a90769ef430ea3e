import asyncio
import inspect


class Answer:
    """自定义可等待对象：__await__ 必须返回一个迭代器（这里是生成器）。"""

    def __await__(self):
        print("__await__ 被调用")
        #> __await__ 被调用
        #> __await__ 被调用
        yield from asyncio.sleep(0).__await__()  # 借 sleep(0) 让出一轮
        return 42  # 生成器的返回值就是 await 表达式的值


class Broken:
    def __await__(self):
        return 42  # 错误：返回的不是迭代器


class BadYield:
    def __await__(self):
        yield 42  # 错误：任务只接受 None 或 Future


async def main():
    answer = Answer()
    print(f"isawaitable：{inspect.isawaitable(answer)}")
    #> isawaitable：True
    print(f"iscoroutine：{inspect.iscoroutine(answer)}")
    #> iscoroutine：False
    print(f"第一次 await：{await answer}")
    #> 第一次 await：42
    print(f"第二次 await：{await answer}")  # 每次 await 都重新调用 __await__
    #> 第二次 await：42

    try:
        await Broken()
    except TypeError as e:
        print(f"__await__ 返回非迭代器：{type(e).__name__}")
        #> __await__ 返回非迭代器：TypeError

    try:
        await BadYield()
    except RuntimeError as e:
        print(f"向任务 yield 42：{e}")
        #> 向任务 yield 42：Task got bad yield: 42


asyncio.run(main())
