# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

config = contextvars.ContextVar("config", default="默认配置")


async def load():
    config.set("已加载的配置")


async def show(label):
    print(f"{label}：{config.get()}")
    #> 同一个 Runner 的下一次 run()：已加载的配置
    #> 另一次 asyncio.run()：默认配置


with asyncio.Runner() as runner:  # 一个 Runner 只有一份上下文
    runner.run(load())
    runner.run(show("同一个 Runner 的下一次 run()"))

asyncio.run(load())  # 每次 asyncio.run() 都从当前上下文复制一份新的
asyncio.run(show("另一次 asyncio.run()"))
print(f"Runner 之外：{config.get()}")
#> Runner 之外：默认配置
