import asyncio

# since 3.10 you may create them at module level: no loop is bound yet
lock = asyncio.Lock()
ready = asyncio.Event()


async def first_run():
    waiter = asyncio.create_task(ready.wait())
    await asyncio.sleep(0)  # the first wait binds ready to this loop
    ready.set()
    await waiter
    async with lock:  # the lock is free: no waiting, so no binding
        pass


async def second_run():
    async with lock:  # still unbound: nothing shows without contention
        print("second run: uncontended lock works")
        #> second run: uncontended lock works
    ready.clear()
    try:
        await ready.wait()  # has to wait, so it checks the bound loop
    except RuntimeError as exc:
        # the message starts with the object's repr (an address): cut it
        print(f"RuntimeError: {str(exc).split('> ')[-1]}")
        #> RuntimeError: is bound to a different event loop


async def loop_argument():
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as exc:
        print(f"passing loop: {type(exc).__name__}")
        #> passing loop: TypeError


asyncio.run(first_run())
asyncio.run(second_run())
asyncio.run(loop_argument())
