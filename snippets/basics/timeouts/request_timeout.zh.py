# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def fetch(seconds):
    if seconds:  # 快的请求立即返回，不挂起
        await asyncio.sleep(seconds)  # 模拟一个很慢的服务器
    return "200 OK"


async def main():
    for name, seconds in [("快的请求", 0), ("慢的请求", 10)]:
        try:
            async with asyncio.timeout(0.1):  # 这次请求最多 0.1 秒
                reply = await fetch(seconds)
            print(f"{name}：{reply}")
            #> 快的请求：200 OK
        except TimeoutError as exc:  # 在 async with 外面捕获
            print(f"{name}：{type(exc).__name__}")
            #> 慢的请求：TimeoutError
    print("程序继续运行")
    #> 程序继续运行


asyncio.run(main())
