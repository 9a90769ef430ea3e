import asyncio

log = []


async def job():
    await asyncio.sleep(0)
    log.append("job returns")
    return "ok"


def on_done(task):
    inside = asyncio.current_task()  # None: not called from inside a task
    log.append(f"callback: {task.result()}, current task: {inside}")


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(on_done)  # registered while the task is pending
    await task
    print(log)
    #> ['job returns', 'callback: ok, current task: None']
    log.clear()
    # The task is already done, yet the callback does not run here:
    # it is queued with loop.call_soon().
    task.add_done_callback(on_done)
    print(f"right after add_done_callback: {log}")
    #> right after add_done_callback: []
    await asyncio.sleep(0)  # one loop iteration: the callback runs
    print(f"after one iteration: {log}")
    #> after one iteration: ['callback: ok, current task: None']


asyncio.run(main())
