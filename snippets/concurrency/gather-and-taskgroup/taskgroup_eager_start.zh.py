# /// script
# requires-python = ">=3.14"
# ///
import asyncio

cache = {"用户": "用户数据（缓存）"}
log = []


async def lookup(key):
    if key in cache:  # 命中缓存：不需要等待
        log.append(f"{key}：命中缓存")
        return cache[key]
    log.append(f"{key}：查询数据库")
    await asyncio.sleep(0)
    return f"{key}数据"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(lookup("用户"), eager_start=True)
        log.append(f"create_task 返回，用户已完成：{a.done()}")
        b = tg.create_task(lookup("订单"), eager_start=True)
        log.append(f"create_task 返回，订单已完成：{b.done()}")
        c = tg.create_task(lookup("库存"))  # 普通任务
        log.append(f"create_task 返回，库存已完成：{c.done()}")
    for line in log:
        print(line)
        #> 用户：命中缓存
        #> create_task 返回，用户已完成：True
        #> 订单：查询数据库
        #> create_task 返回，订单已完成：False
        #> create_task 返回，库存已完成：False
        #> 库存：查询数据库
    print(f"结果：{[t.result() for t in (a, b, c)]}")
    #> 结果：['用户数据（缓存）', '订单数据', '库存数据']


asyncio.run(main())
