# /// script
# requires-python = ">=3.14"
# ///
import warnings

SOURCE = """
async def load(db):
    try:
        return await db.fetch()
    finally:
        return None  # 第 6 行：离开 finally 的 return
"""

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(SOURCE, "load.py", "exec")
for w in caught:
    print(f"编译时的警告：{w.category.__name__}，第 {w.lineno} 行")
    #> 编译时的警告：SyntaxWarning，第 6 行

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)  # 同 -W error::SyntaxWarning
    try:
        compile(SOURCE, "load.py", "exec")
    except SyntaxError as e:
        print(f"当作错误：{type(e).__name__}，第 {e.lineno} 行")
        #> 当作错误：SyntaxError，第 6 行
