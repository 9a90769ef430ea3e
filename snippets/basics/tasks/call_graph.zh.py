# /// script
# requires-python = ">=3.14"
# ///
import asyncio


def names(graph):
    # 只取每一层的函数名：文件名、行号、任务 id 每次运行都可能不同
    return [entry.frame.f_code.co_qualname for entry in graph.call_stack]


async def query(table):
    graph = asyncio.capture_call_graph()  # 当前任务的调用图（3.14+）
    print(f"当前任务：{graph.future.get_name()}")
    #> 当前任务：profile
    print(f"它的调用栈：{names(graph)}")
    #> 它的调用栈：['query', 'load_profile']
    for waiter in graph.awaited_by:
        print(f"等它的任务：{waiter.future.get_name()}")
        #> 等它的任务：main
        print(f"它停在：{names(waiter)}")
        #> 它停在：['TaskGroup._aexit', 'TaskGroup.__aexit__', 'main']
    await asyncio.sleep(0)
    return f"{table} 的数据"


async def load_profile():
    return await query("users")


async def main():
    asyncio.current_task().set_name("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(load_profile(), name="profile")


asyncio.run(main())
