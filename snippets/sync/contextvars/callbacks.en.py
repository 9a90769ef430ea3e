import asyncio
import contextvars

color = contextvars.ContextVar("color", default="none")


def report(label):
    print(f"{label}: {color.get()}")
    #> default (copied when scheduled): red
    #> context=other: blue
    #> done callback: green


async def main():
    loop = asyncio.get_running_loop()
    color.set("red")
    loop.call_soon(report, "default (copied when scheduled)")
    other = contextvars.copy_context()
    other.run(color.set, "blue")  # set in another context
    loop.call_soon(report, "context=other", context=other)
    color.set("green")  # after scheduling: neither callback sees it
    await asyncio.sleep(0)  # let the callbacks run

    fut = loop.create_future()
    fut.add_done_callback(lambda f: report("done callback"))
    fut.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
