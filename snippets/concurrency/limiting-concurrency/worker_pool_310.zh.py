import asyncio


async def run_pool(jobs, handle, workers=3):
    """与示例 2 的 run_pool() 相同，但不用 TaskGroup，3.10 也能用。

    某个作业出错时，其余任务被取消并等到结束，然后抛出第一个错误；
    调用者被取消时，所有任务先被取消并等到结束，CancelledError 再传出。
    """
    queue = asyncio.Queue(maxsize=2 * workers)  # 有界：背压
    results = {}
    done = object()  # 结束标记

    async def produce():
        for index, job in enumerate(jobs):
            await queue.put((index, job))  # 队列满时在这里等待
        for _ in range(workers):
            await queue.put(done)  # 每个工作任务一个结束标记

    async def work():
        while (item := await queue.get()) is not done:
            index, job = item
            results[index] = await handle(job)

    tasks = [asyncio.create_task(produce())]
    tasks += [asyncio.create_task(work()) for _ in range(workers)]
    try:
        # 全部正常结束，或者有一个出错，就醒来
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        await cancel_and_wait(tasks)
    return [results[i] for i in range(len(results))]


async def cancel_and_wait(tasks):
    """取消 tasks，等它们全部结束，再抛出其中第一个错误。"""
    for task in tasks:
        task.cancel()
    try:
        # 再次被取消时，gather 也要等 tasks 都结束才抛出 CancelledError
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception():
                raise task.exception()  # 错误优先，与 TaskGroup 一样


finished = []  # 处理完的作业
interrupted = []  # 处理到一半被取消的作业
two_finished = None  # 完成两个作业时设置的 Event


async def process(n):
    try:
        for _ in range(n % 3 + 1):  # 让步次数代表处理耗时
            await asyncio.sleep(0)
        if n == 4:
            raise ValueError(f"作业 {n} 的数据有误")
    except asyncio.CancelledError:
        interrupted.append(n)
        raise
    finished.append(n)
    if len(finished) == 2:
        two_finished.set()
    return n * n


def summary():
    others = len(asyncio.all_tasks()) - 1  # 除了 main() 自己
    text = (
        f"完成 {sorted(finished)}，中断 {sorted(interrupted)}，"
        f"剩余任务 {others}"
    )
    finished.clear()
    interrupted.clear()
    return text


async def main():
    global two_finished
    two_finished = asyncio.Event()
    # 1. 正常：6 个作业，3 个工作任务
    results = await run_pool([1, 2, 3, 5, 6, 7], process)
    print(f"结果：{results}")
    #> 结果：[1, 4, 9, 25, 36, 49]
    print(f"正常：{summary()}")
    #> 正常：完成 [1, 2, 3, 5, 6, 7]，中断 []，剩余任务 0

    # 2. 作业 4 出错：其余任务被取消，错误原样传给调用者
    try:
        await run_pool(range(1, 9), process)
    except ValueError as exc:
        print(f"捕获：{exc}")
        #> 捕获：作业 4 的数据有误
    print(f"出错：{summary()}")
    #> 出错：完成 [1, 2, 3, 5, 6]，中断 [7, 8]，剩余任务 0

    # 3. 处理到一半，调用者被取消
    two_finished.clear()
    pool = asyncio.create_task(run_pool([1, 2, 3, 5, 6, 7], process))
    await two_finished.wait()
    pool.cancel()
    try:
        await pool
    except asyncio.CancelledError:
        print(f"run_pool 被取消：{pool.cancelled()}")
        #> run_pool 被取消：True
    print(f"取消：{summary()}")
    #> 取消：完成 [1, 2, 3, 6]，中断 [5, 7]，剩余任务 0


asyncio.run(main())
