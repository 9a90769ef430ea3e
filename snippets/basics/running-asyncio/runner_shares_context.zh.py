# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="（未设置）")


async def login():
    user.set("alice")
    return asyncio.get_running_loop()


async def main():
    return user.get(), asyncio.get_running_loop()


with asyncio.Runner() as runner:
    loop1 = runner.run(login())
    name, loop2 = runner.run(main())  # 同一个 Runner 的第二次 run()
    print(f"Runner 第二次 run() 看到：{name}")
    #> Runner 第二次 run() 看到：alice
    print(f"两次 run() 同一个事件循环：{loop1 is loop2}")
    #> 两次 run() 同一个事件循环：True

# 对比：每次 asyncio.run() 都从新的上下文副本开始
asyncio.run(login())
name, _ = asyncio.run(main())
print(f"asyncio.run() 第二次看到：{name}")
#> asyncio.run() 第二次看到：（未设置）
