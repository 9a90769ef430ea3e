# /// script
# requires-python = ">=3.14"
# ///
import asyncio
import contextvars

deadline_ms = contextvars.ContextVar("deadline_ms", default=1000)


async def call_service():
    return f"服务调用的期限：{deadline_ms.get()} 毫秒"


async def main():
    with deadline_ms.set(200):  # 离开 with 时自动 reset(token)
        print(await call_service())
        #> 服务调用的期限：200 毫秒
    print(await call_service())
    #> 服务调用的期限：1000 毫秒


asyncio.run(main())
