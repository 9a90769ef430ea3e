import asyncio
import contextvars

color = contextvars.ContextVar("color", default="无")


def report(label):
    print(f"{label}：{color.get()}")
    #> 默认（安排时复制）：红
    #> context=other：蓝
    #> 完成回调：绿


async def main():
    loop = asyncio.get_running_loop()
    color.set("红")
    loop.call_soon(report, "默认（安排时复制）")
    other = contextvars.copy_context()
    other.run(color.set, "蓝")  # 在另一份上下文里设置
    loop.call_soon(report, "context=other", context=other)
    color.set("绿")  # 晚于安排：上面两个回调都看不到
    await asyncio.sleep(0)  # 让回调运行

    fut = loop.create_future()
    fut.add_done_callback(lambda f: report("完成回调"))
    fut.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
