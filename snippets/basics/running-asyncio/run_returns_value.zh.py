import asyncio

seen_loops = []


async def main():
    # 协程里用 get_running_loop() 取得正在运行的事件循环
    seen_loops.append(asyncio.get_running_loop())
    await asyncio.sleep(0)
    return 42


result = asyncio.run(main())
print("返回值:", result)
#> 返回值: 42
asyncio.run(main(), debug=True)  # 再运行一次，这次打开调试模式
print("两次用的是同一个事件循环:", seen_loops[0] is seen_loops[1])
#> 两次用的是同一个事件循环: False
print("第一个事件循环已关闭:", seen_loops[0].is_closed())
#> 第一个事件循环已关闭: True
print("第二个事件循环处于调试模式:", seen_loops[1].get_debug())
#> 第二个事件循环处于调试模式: True
