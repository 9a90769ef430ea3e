import asyncio


async def job():
    print("job: started")  # never runs
    try:
        await asyncio.sleep(3600)
    finally:
        print("job: finally")  # never runs either


async def main():
    task = asyncio.create_task(job())
    # Request cancellation before the task takes its first step, with a message
    print("cancel() returned", task.cancel("service shutting down"))
    #> cancel() returned True
    try:
        await task
    except asyncio.CancelledError as exc:
        print("the awaiter's CancelledError.args =", exc.args)
        #> the awaiter's CancelledError.args = ('service shutting down',)
    print("cancelled() =", task.cancelled())
    #> cancelled() = True


asyncio.run(main())
