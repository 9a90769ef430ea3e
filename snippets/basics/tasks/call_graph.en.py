# /// script
# requires-python = ">=3.14"
# ///
import asyncio


def names(graph):
    # Function names only: file names, line numbers and task ids vary
    return [entry.frame.f_code.co_qualname for entry in graph.call_stack]


async def query(table):
    graph = asyncio.capture_call_graph()  # the current task's graph (3.14+)
    print(f"current task: {graph.future.get_name()}")
    #> current task: profile
    print(f"its call stack: {names(graph)}")
    #> its call stack: ['query', 'load_profile']
    for waiter in graph.awaited_by:
        print(f"waited on by: {waiter.future.get_name()}")
        #> waited on by: main
        print(f"stopped in: {names(waiter)}")
        #> stopped in: ['TaskGroup._aexit', 'TaskGroup.__aexit__', 'main']
    await asyncio.sleep(0)
    return f"{table} data"


async def load_profile():
    return await query("users")


async def main():
    asyncio.current_task().set_name("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(load_profile(), name="profile")


asyncio.run(main())
