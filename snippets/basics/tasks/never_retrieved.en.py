import asyncio
import gc

reports = []


def handler(loop, context):
    # Replaces the default handler, which would log to stderr.
    exc = context["exception"]
    reports.append(f"{context['message']}: {type(exc).__name__}")


async def fail():
    raise RuntimeError("nobody looked at me")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)

    ignored = asyncio.create_task(fail())
    await asyncio.sleep(0)  # the task runs and fails
    print(f"ignored task done: {ignored.done()}, reports: {len(reports)}")
    #> ignored task done: True, reports: 0
    del ignored  # drop the last reference ...
    gc.collect()  # ... and make sure it is collected now
    print(f"reports: {reports}")
    #> reports: ['Task exception was never retrieved: RuntimeError']

    checked = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(f"retrieved: {type(checked.exception()).__name__}")
    #> retrieved: RuntimeError
    del checked
    gc.collect()
    print(f"reports after the second task: {len(reports)}")
    #> reports after the second task: 1


asyncio.run(main())
