import asyncio
import itertools
import sys

log = []


class Tracer:
    async def __aenter__(self):
        await asyncio.sleep(0)  # a coroutine: it may suspend
        log.append("enter")
        return "res"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        log.append(f"exit({exc_type.__name__ if exc_type else None})")
        return False  # false: do not suppress the exception


async def async_with(fail):
    async with Tracer() as value:
        log.append(f"body({value})")
        if fail:
            raise ValueError


async def expanded(fail):
    # What "async with" does, following the language reference
    manager = Tracer()
    aenter = type(manager).__aenter__
    aexit = type(manager).__aexit__
    value = await aenter(manager)  # outside "try": a failure skips aexit
    hit_except = False
    try:
        target = value  # TARGET = value
        log.append(f"body({target})")
        if fail:
            raise ValueError
    except BaseException:
        hit_except = True
        if not await aexit(manager, *sys.exc_info()):
            raise
    finally:
        if not hit_except:
            await aexit(manager, None, None, None)


async def main():
    for run, fail in itertools.product((async_with, expanded), (False, True)):
        log.clear()
        try:
            await run(fail)
        except ValueError:
            log.append("raised")
        print(run.__name__, log)
        #> async_with ['enter', 'body(res)', 'exit(None)']
        #> async_with ['enter', 'body(res)', 'exit(ValueError)', 'raised']
        #> expanded ['enter', 'body(res)', 'exit(None)']
        #> expanded ['enter', 'body(res)', 'exit(ValueError)', 'raised']


asyncio.run(main())
