import asyncio
import gc

reports = []


def handler(loop, context):
    # Called by the loop instead of logging to stderr.
    reports.append(context)


def divide():
    return 1 / 0  # a plain callback: nobody awaits it


async def fail():
    raise RuntimeError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    loop.call_soon(divide)
    await asyncio.sleep(0)  # the callback runs (and fails) in this hop
    print(f"the loop keeps running; reports: {len(reports)}")
    #> the loop keeps running; reports: 1

    task = asyncio.create_task(fail())
    await asyncio.sleep(0)  # the task fails; nobody retrieves it
    del task
    gc.collect()  # reported only when the task is garbage-collected

    for context in reports:
        # The callback message ends in " at <file>:<line>": cut it off.
        message = context["message"].partition(" at ")[0]
        print(f"{message}: {type(context['exception']).__name__}")
        #> Exception in callback divide(): ZeroDivisionError
        #> Task exception was never retrieved: RuntimeError
    # In debug mode (python -X dev) both also carry 'source_traceback'.
    for context in reports:  # the two reports carry different keys
        print(f"keys: {sorted(context)}")
        #> keys: ['exception', 'handle', 'message']
        #> keys: ['exception', 'future', 'message']


asyncio.run(main())
