import asyncio
import itertools


async def main():
    queue = asyncio.PriorityQueue()
    seq = itertools.count()  # 递增序号：同优先级时先放先出，且不比较条目
    jobs = [
        (2, {"任务": "发邮件"}),
        (1, {"任务": "扣款"}),
        (2, {"任务": "写日志"}),
        (1, {"任务": "发货"}),
    ]
    for priority, job in jobs:
        await queue.put((priority, next(seq), job))
    order = []
    while not queue.empty():
        priority, _, job = queue.get_nowait()
        order.append(f"{priority}:{job['任务']}")
    print(f"取出顺序：{order}")
    #> 取出顺序：['1:扣款', '1:发货', '2:发邮件', '2:写日志']

    # 没有序号时，同优先级的条目要比较第二个元素，字典不支持比较
    bare = asyncio.PriorityQueue()
    await bare.put((1, {"任务": "扣款"}))
    try:
        await bare.put((1, {"任务": "发货"}))
    except TypeError:
        print("没有序号：TypeError（字典无法比较大小）")
        #> 没有序号：TypeError（字典无法比较大小）


asyncio.run(main())
