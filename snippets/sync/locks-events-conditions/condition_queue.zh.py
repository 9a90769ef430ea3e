import asyncio


async def main():
    cond = asyncio.Condition()
    jobs = []
    log = []

    async def consumer(name):
        async with cond:
            # 等到条件成立；wait_for 返回谓词的最终值
            await cond.wait_for(lambda: jobs)
            job = jobs.pop(0)
        log.append(f"{name}:{job}")

    tasks = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)  # 三个消费者都在等

    async with cond:
        jobs.append("a")
        jobs.append("b")
        cond.notify(2)  # 两件活，只唤醒两个消费者
    await asyncio.gather(*tasks[:2])  # FIFO：被唤醒的是 c1 和 c2
    print(f"第一批：{log}")
    #> 第一批：['c1:a', 'c2:b']
    print(f"c3 还在等：{not tasks[2].done()}")
    #> c3 还在等：True

    async with cond:
        jobs.append("c")
        cond.notify_all()  # 唤醒所有还在等的
    await asyncio.gather(*tasks)
    print(f"全部：{log}")
    #> 全部：['c1:a', 'c2:b', 'c3:c']


asyncio.run(main())
