import asyncio


async def worker():
    print("running:", asyncio.current_task().get_name())
    #> running: fetch-user
    #> running: 42
    await asyncio.sleep(0)


def live_names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    me = asyncio.current_task()
    print("default name starts with Task-:", me.get_name().startswith("Task-"))
    #> default name starts with Task-: True
    me.set_name("main")
    user = asyncio.create_task(worker(), name="fetch-user")
    order = asyncio.create_task(worker(), name="fetch-order")
    print("all_tasks():", live_names())
    #> all_tasks(): ['fetch-order', 'fetch-user', 'main']
    print("get_coro():", user.get_coro().__name__)
    #> get_coro(): worker
    order.set_name(42)  # any object; stored as a string
    print("renamed:", repr(order.get_name()))
    #> renamed: '42'
    await asyncio.gather(user, order)
    print("all_tasks():", live_names())
    #> all_tasks(): ['main']


asyncio.run(main())
