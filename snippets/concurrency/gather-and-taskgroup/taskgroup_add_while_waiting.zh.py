# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def crawl(tg, depth):
    await asyncio.sleep(0)
    print("深度", depth)
    #> 深度 1
    #> 深度 2
    #> 深度 3
    if depth < 3:  # 子任务在任务组等待期间继续添加任务
        tg.create_task(crawl(tg, depth + 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, 1))
        print("代码块结束，任务组开始等待")
        #> 代码块结束，任务组开始等待
    print("全部完成")
    #> 全部完成


asyncio.run(main())
