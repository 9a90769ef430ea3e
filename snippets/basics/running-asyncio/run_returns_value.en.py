import asyncio

seen_loops = []


async def main():
    # Inside a coroutine, get_running_loop() returns the running event loop
    seen_loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return 42


result = asyncio.run(main())
print("returned:", result)
#> returned: 42
asyncio.run(main(), debug=True)  # run again, this time in debug mode
print("same event loop both times:", seen_loops[0] is seen_loops[1])
#> same event loop both times: False
print("first event loop is closed:", seen_loops[0].is_closed())
#> first event loop is closed: True
print("second event loop in debug mode:", seen_loops[1].get_debug())
#> second event loop in debug mode: True
