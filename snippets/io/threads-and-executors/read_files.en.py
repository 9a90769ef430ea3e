import asyncio
import contextvars
import tempfile
import threading
from pathlib import Path

request_id = contextvars.ContextVar("request_id")


def load(path):
    """An ordinary blocking function: reads a file, notes thread and context."""
    text = path.read_text(encoding="utf-8")
    in_main = threading.current_thread() is threading.main_thread()
    return f"{text} (main thread: {in_main}, request: {request_id.get()})"


async def main():
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a.txt"), Path(tmp, "b.txt")
        a.write_text("config A", encoding="utf-8")
        b.write_text("config B", encoding="utf-8")

        request_id.set(42)
        results = await asyncio.gather(
            asyncio.to_thread(load, a),
            asyncio.to_thread(load, b),
        )
        for line in results:
            print(line)
            #> config A (main thread: False, request: 42)
            #> config B (main thread: False, request: 42)
        # To just read the text, pass the method itself
        text = await asyncio.to_thread(a.read_text, encoding="utf-8")
        print(f"read directly: {text}")
        #> read directly: config A


asyncio.run(main())
