import asyncio

seen_loops = []


async def main():
    # Inside a coroutine, get_running_loop() returns the running event loop
    seen_loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return 42


result = asyncio.run(main())
print(f"returned: {result}")
#> returned: 42
asyncio.run(main(), debug=True)  # run again, this time in debug mode
first, second = seen_loops
print(f"same event loop both times: {first is second}")
#> same event loop both times: False
print(f"first event loop is closed: {first.is_closed()}")
#> first event loop is closed: True
print(f"second event loop in debug mode: {second.get_debug()}")
#> second event loop in debug mode: True
