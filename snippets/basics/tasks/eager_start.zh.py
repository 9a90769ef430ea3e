# /// script
# requires-python = ">=3.14"
# ///
import asyncio

log = []


async def worker(name):
    log.append(f"{name} 第 1 步")
    await asyncio.sleep(0)  # 第一次挂起：剩下的部分交给事件循环调度
    log.append(f"{name} 第 2 步")


async def main():
    normal = asyncio.create_task(worker("A"))
    eager = asyncio.create_task(worker("B"), eager_start=True)  # 3.14+
    print(f"create_task 之后：{log}")
    #> create_task 之后：['B 第 1 步']
    await normal
    await eager
    print(f"全部完成之后：{log}")
    #> 全部完成之后：['B 第 1 步', 'A 第 1 步', 'B 第 2 步', 'A 第 2 步']


asyncio.run(main())
