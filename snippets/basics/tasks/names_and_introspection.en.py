import asyncio


async def worker():
    print(f"running: {asyncio.current_task().get_name()}")
    #> running: fetch-user
    #> running: 42
    await asyncio.sleep(0)


def live_names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    me = asyncio.current_task()
    default = me.get_name().startswith("Task-")
    print(f"default name starts with Task-: {default}")
    #> default name starts with Task-: True
    me.set_name("main")
    user = asyncio.create_task(worker(), name="fetch-user")
    order = asyncio.create_task(worker(), name="fetch-order")
    print(f"all_tasks(): {live_names()}")
    #> all_tasks(): ['fetch-order', 'fetch-user', 'main']
    print(f"get_coro(): {user.get_coro().__name__}")
    #> get_coro(): worker
    order.set_name(42)  # any object; stored as a string
    print(f"renamed: {order.get_name()!r}")
    #> renamed: '42'
    await asyncio.gather(user, order)
    print(f"all_tasks(): {live_names()}")
    #> all_tasks(): ['main']


asyncio.run(main())
