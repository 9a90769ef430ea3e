import asyncio
import contextvars
import tempfile
import threading
from pathlib import Path

request_id = contextvars.ContextVar("request_id")


def load(path):
    """普通的阻塞函数：读文件，顺便看看自己在哪个线程、什么上下文里。"""
    text = path.read_text(encoding="utf-8")
    in_main = threading.current_thread() is threading.main_thread()
    return f"{text}（主线程：{in_main}，请求：{request_id.get()}）"


async def main():
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a.txt"), Path(tmp, "b.txt")
        a.write_text("配置 A", encoding="utf-8")
        b.write_text("配置 B", encoding="utf-8")

        request_id.set(42)
        results = await asyncio.gather(
            asyncio.to_thread(load, a),
            asyncio.to_thread(load, b),
        )
        for line in results:
            print(line)
            #> 配置 A（主线程：False，请求：42）
            #> 配置 B（主线程：False，请求：42）
        # 只读文本时，也可以直接把方法交出去
        text = await asyncio.to_thread(a.read_text, encoding="utf-8")
        print(f"直接读：{text}")
        #> 直接读：配置 A


asyncio.run(main())
