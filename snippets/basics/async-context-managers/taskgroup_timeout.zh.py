# /// script
# requires-python = ">=3.11"
# ///
import asyncio

log = []


async def child(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    log.append(f"{name} 完成")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("a", 2))
        tg.create_task(child("b", 1))
        log.append("代码块结束")
    log.append("async with 之后")  # __aexit__ 等两个子任务都完成了
    print(log)
    #> ['代码块结束', 'b 完成', 'a 完成', 'async with 之后']

    try:
        async with asyncio.timeout(0.05) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("块内：CancelledError")
                #> 块内：CancelledError
                raise
    except TimeoutError:
        # __aexit__ 把取消转换成了 TimeoutError
        print(f"块外：TimeoutError，expired() = {cm.expired()}")
        #> 块外：TimeoutError，expired() = True


asyncio.run(main())
