import asyncio


async def job():
    return "ok"


def on_done(task):
    print("callback sees:", task.result())
    #> callback sees: ok


async def main():
    task = asyncio.create_task(job())
    await task
    print("task done:", task.done())
    #> task done: True
    # The task is already done, yet the callback is not run here:
    # it is queued with loop.call_soon().
    task.add_done_callback(on_done)
    print("add_done_callback returned")
    #> add_done_callback returned
    await asyncio.sleep(0)  # one loop iteration: the callback runs
    print("after one iteration")
    #> after one iteration


asyncio.run(main())
