import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # Inside a coroutine, get_event_loop() always returns the running loop
    same = asyncio.get_event_loop() is loop
    print(f"get_event_loop() in a coroutine: {same}")
    #> get_event_loop() in a coroutine: True
    await asyncio.sleep(0)


try:
    asyncio.get_running_loop()  # no event loop is running here
except RuntimeError as e:
    print(f"get_running_loop() outside a loop: {type(e).__name__}")
    #> get_running_loop() outside a loop: RuntimeError

asyncio.run(main())

try:
    # run() set the "current event loop" back to None when it finished
    asyncio.get_event_loop()
except RuntimeError as e:
    print(f"get_event_loop() after run(): {type(e).__name__}")
    #> get_event_loop() after run(): RuntimeError
