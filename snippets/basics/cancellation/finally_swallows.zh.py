import asyncio
import warnings

# 错误写法一：finally 里的 return。3.14 起，编译这样的代码会得到
# SyntaxWarning（见下一个示例），所以这里从字符串编译它，并忽略警告。
SOURCE = """
async def load_return_in_finally(started):
    try:
        started.set()
        await asyncio.sleep(3600)  # 等数据库
    finally:
        return "缓存"  # 吞掉了 CancelledError
"""
namespace = {"asyncio": asyncio}
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    exec(compile(SOURCE, "load.py", "exec"), namespace)
load_return_in_finally = namespace["load_return_in_finally"]


async def load_bare_except(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    except:  # noqa: E722  错误写法二：裸 except 接住了 CancelledError
        return "缓存"


async def load_reraise(started):
    try:
        started.set()
        await asyncio.sleep(3600)
    except BaseException:
        # ……清理……
        raise  # 正确：接住了就重新抛出


async def main():
    for load in (load_return_in_finally, load_bare_except, load_reraise):
        started = asyncio.Event()
        task = asyncio.create_task(load(started))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if task.cancelled():
            outcome = "以取消结束"
        else:
            outcome = f"正常结束，返回“{task.result()}”"
        print(f"{load.__name__}：{outcome}")
        #> load_return_in_finally：正常结束，返回“缓存”
        #> load_bare_except：正常结束，返回“缓存”
        #> load_reraise：以取消结束


asyncio.run(main())
