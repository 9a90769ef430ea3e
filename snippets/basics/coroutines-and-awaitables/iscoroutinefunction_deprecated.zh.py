# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import inspect
import warnings


async def fetch():
    return "数据"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # 记录每一条警告，不输出到标准错误
    old = asyncio.iscoroutinefunction(fetch)  # 3.14 起弃用
new = inspect.iscoroutinefunction(fetch)  # 应当使用的写法

print(f"asyncio.iscoroutinefunction：{old}")
#> asyncio.iscoroutinefunction：True
print(f"inspect.iscoroutinefunction：{new}")
#> inspect.iscoroutinefunction：True
for w in caught:
    print(f"警告类别：{w.category.__name__}")
    #> 警告类别：DeprecationWarning
    print(f"提到 3.16 删除：{'3.16' in str(w.message)}")
    #> 提到 3.16 删除：True
