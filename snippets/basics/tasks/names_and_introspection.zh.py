import asyncio


async def worker():
    print(f"正在运行：{asyncio.current_task().get_name()}")
    #> 正在运行：fetch-user
    #> 正在运行：42
    await asyncio.sleep(0)


def live_names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    me = asyncio.current_task()
    default = me.get_name().startswith("Task-")
    print(f"默认名以 Task- 开头：{default}")
    #> 默认名以 Task- 开头：True
    me.set_name("main")
    user = asyncio.create_task(worker(), name="fetch-user")
    order = asyncio.create_task(worker(), name="fetch-order")
    print(f"all_tasks()：{live_names()}")
    #> all_tasks()：['fetch-order', 'fetch-user', 'main']
    print(f"get_coro()：{user.get_coro().__name__}")
    #> get_coro()：worker
    order.set_name(42)  # 任何对象都行，保存为字符串
    print(f"改名后：{order.get_name()!r}")
    #> 改名后：'42'
    await asyncio.gather(user, order)
    print(f"all_tasks()：{live_names()}")
    #> all_tasks()：['main']


asyncio.run(main())
