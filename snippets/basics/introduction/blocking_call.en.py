import asyncio
import threading

log = []
beat = threading.Event()  # set once the heartbeat has run


def legacy_io():
    # A blocking call: holds its thread until the heartbeat has run,
    # or for at most 0.5 s
    beat.wait(timeout=0.5)


async def heartbeat():
    log.append("heartbeat")
    beat.set()


async def direct_call():
    legacy_io()  # called directly: the event loop's thread is held


async def async_sleep():
    await asyncio.sleep(0.05)  # suspension point: the loop runs other tasks


async def in_thread():
    await asyncio.to_thread(legacy_io)  # the blocking call moves to a thread


async def work(wait):
    log.append("work start")
    await wait()
    log.append("work end")


async def main():
    for wait in (direct_call, async_sleep, in_thread):
        log.clear()
        beat.clear()
        await asyncio.gather(work(wait), heartbeat())
        print(f"{wait.__name__}: {' -> '.join(log)}")
        #> direct_call: work start -> work end -> heartbeat
        #> async_sleep: work start -> heartbeat -> work end
        #> in_thread: work start -> heartbeat -> work end


asyncio.run(main())
