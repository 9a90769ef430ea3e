import asyncio


async def consumer(queue):
    return await queue.get()  # 队列为空，要等待：队列在这里绑定到当前循环


async def main(queue, job):
    task = asyncio.create_task(consumer(queue))
    await asyncio.sleep(0)  # 让 consumer 先运行，在空队列上等待
    await queue.put(job)
    return await task


jobs = asyncio.Queue()  # 错误：在 asyncio.run() 之外创建，两次运行共用
print(f"第一次运行：{asyncio.run(main(jobs, '备份'))}")
#> 第一次运行：备份
try:
    asyncio.run(main(jobs, "清理"))
except RuntimeError as e:
    print(f"第二次运行：{type(e).__name__}")
    #> 第二次运行：RuntimeError
    bound = str(e).endswith("is bound to a different event loop")
    print(f"消息说它绑定在另一个循环上：{bound}")
    #> 消息说它绑定在另一个循环上：True


async def fresh(job):
    return await main(asyncio.Queue(), job)  # 正确：在本次运行里新建


print(f"每次运行新建队列：{asyncio.run(fresh('清理'))}")
#> 每次运行新建队列：清理
