import asyncio
import itertools


async def main():
    queue = asyncio.PriorityQueue()
    seq = itertools.count()  # FIFO among equal priorities; items never compared
    jobs = [
        (2, {"job": "email"}),
        (1, {"job": "charge"}),
        (2, {"job": "log"}),
        (1, {"job": "ship"}),
    ]
    for priority, job in jobs:
        await queue.put((priority, next(seq), job))
    order = []
    while not queue.empty():
        priority, _, job = queue.get_nowait()
        order.append(f"{priority}:{job['job']}")
    print(f"order: {order}")
    #> order: ['1:charge', '1:ship', '2:email', '2:log']

    # without a sequence number, equal priorities compare the dicts: no order
    bare = asyncio.PriorityQueue()
    await bare.put((1, {"job": "charge"}))
    try:
        await bare.put((1, {"job": "ship"}))
    except TypeError:
        print("no sequence number: TypeError (dicts cannot be ordered)")
        #> no sequence number: TypeError (dicts cannot be ordered)


asyncio.run(main())
