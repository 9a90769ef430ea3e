import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # 在协程里，get_event_loop() 总是返回正在运行的循环
    same = asyncio.get_event_loop() is loop
    print(f"协程内 get_event_loop() 相同：{same}")
    #> 协程内 get_event_loop() 相同：True
    await asyncio.sleep(0)


try:
    asyncio.get_running_loop()  # 这里没有正在运行的事件循环
except RuntimeError as e:
    print(f"循环外 get_running_loop()：{type(e).__name__}")
    #> 循环外 get_running_loop()：RuntimeError

asyncio.run(main())

try:
    # run() 结束时把“当前事件循环”设回了 None
    asyncio.get_event_loop()
except RuntimeError as e:
    print(f"run() 之后 get_event_loop()：{type(e).__name__}")
    #> run() 之后 get_event_loop()：RuntimeError
