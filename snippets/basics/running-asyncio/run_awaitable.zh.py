# /// script
# requires-python = ">=3.14"
# ///
import asyncio


class Download:
    """可等待对象：定义了 __await__，但它本身不是协程。"""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        yield from asyncio.sleep(0).__await__()  # 借 sleep(0) 让出一轮
        return f"{self.name}已下载"


print(f"asyncio.run()：{asyncio.run(Download('报表'))}")
#> asyncio.run()：报表已下载
with asyncio.Runner() as runner:
    print(f"Runner.run()：{runner.run(Download('日志'))}")
    #> Runner.run()：日志已下载
