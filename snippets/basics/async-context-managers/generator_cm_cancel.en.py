import asyncio
from contextlib import asynccontextmanager

log = []


@asynccontextmanager
async def tidy(name):
    log.append(f"enter {name}")
    try:
        yield name
    finally:
        log.append(f"exit {name}")  # runs on success, error and cancel


@asynccontextmanager
async def swallowing(name):
    log.append(f"enter {name}")
    try:
        yield name
    except asyncio.CancelledError:
        log.append("cancel caught")  # ...and not re-raised


async def body(cm, started):
    async with cm as name:
        log.append(f"using {name}")
        started.set()
        await asyncio.sleep(3600)  # cancelled here
        log.append("never reached")


async def main():
    for cm in (tidy("db"), swallowing("cache")):
        log.clear()
        started = asyncio.Event()
        task = asyncio.create_task(body(cm, started))
        await started.wait()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        log.append(f"cancelled: {task.cancelled()}")
        print(log)
        #> ['enter db', 'using db', 'exit db', 'cancelled: True']
        #> ['enter cache', 'using cache', 'cancel caught', 'cancelled: False']


asyncio.run(main())
