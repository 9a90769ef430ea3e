import asyncio
from contextlib import aclosing, nullcontext

log = []


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("生成器的 finally")


class Session:
    async def __aenter__(self):
        log.append("打开自己的")
        return "自己的会话"

    async def __aexit__(self, *exc_info):
        log.append("关闭自己的")


async def query(session=None):
    # 借用调用者的会话；没有就自己打开一个，并负责关闭
    cm = Session() if session is None else nullcontext(session)
    async with cm as s:
        log.append(f"经由{s}查询")


async def main():
    async with aclosing(numbers()) as gen:
        async for i in gen:
            if i == 1:
                break
        log.append("break 之后")
    log.append("async with 之后")
    print(log)
    #> ['break 之后', '生成器的 finally', 'async with 之后']

    log.clear()
    await query()
    await query("共享会话")
    print(log)
    #> ['打开自己的', '经由自己的会话查询', '关闭自己的', '经由共享会话查询']


asyncio.run(main())
