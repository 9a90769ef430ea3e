import asyncio

seen_loops = []


async def main():
    # 协程里用 get_running_loop() 取得正在运行的事件循环
    seen_loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return 42


result = asyncio.run(main())
print(f"返回值：{result}")
#> 返回值：42
asyncio.run(main(), debug=True)  # 再运行一次，这次打开调试模式
first, second = seen_loops
print(f"两次用的是同一个事件循环：{first is second}")
#> 两次用的是同一个事件循环：False
print(f"第一个事件循环已关闭：{first.is_closed()}")
#> 第一个事件循环已关闭：True
print(f"第二个事件循环处于调试模式：{second.get_debug()}")
#> 第二个事件循环处于调试模式：True
