# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def step(name, seconds, deadline):
    # 每一步都服从调用者给的截止时间，而不是自己另设一个时长
    async with asyncio.timeout_at(deadline):
        if seconds:  # 0 秒的步骤立即完成，不挂起
            await asyncio.sleep(seconds)
    print(f"{name}：完成")
    #> 鉴权：完成
    #> 查询：完成


async def handle_request(budget):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget  # 只算一次，向下传递
    await step("鉴权", 0, deadline)
    await step("查询", 0, deadline)
    await step("渲染", 10, deadline)


async def main():
    try:
        await handle_request(budget=0.05)
    except TimeoutError:
        print("请求用完了 0.05 秒的预算")
        #> 请求用完了 0.05 秒的预算


asyncio.run(main())
