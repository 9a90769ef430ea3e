import asyncio
import gc


def handler(loop, context):
    # Replaces the default handler, which would log to stderr.
    exc = context["exception"]
    print("handler:", context["message"])
    #> handler: Task exception was never retrieved
    print("exception:", type(exc).__name__, exc)
    #> exception: RuntimeError nobody looked at me


async def fail():
    raise RuntimeError("nobody looked at me")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)

    ignored = asyncio.create_task(fail())
    await asyncio.sleep(0)  # the task runs and fails
    print("ignored task done:", ignored.done())
    #> ignored task done: True
    del ignored  # drop the last reference ...
    gc.collect()  # ... and make sure it is collected now
    print("after the first collection")
    #> after the first collection

    checked = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("retrieved:", type(checked.exception()).__name__)
    #> retrieved: RuntimeError
    del checked
    gc.collect()
    print("after the second collection")
    #> after the second collection


asyncio.run(main())
