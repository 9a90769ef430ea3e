import asyncio


def from_thread(loop, done, results):
    try:
        loop.call_soon(done.set)  # wrong: call_soon only in the loop's thread
    except RuntimeError:
        results.append("call_soon: RuntimeError")
    loop.call_soon_threadsafe(done.set)  # right: schedules and wakes the loop
    results.append("call_soon_threadsafe: scheduled")


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 60  # no slow-callback reports, please
    done, results = asyncio.Event(), []
    await asyncio.to_thread(from_thread, loop, done, results)
    await done.wait()  # woken by the done.set() call_soon_threadsafe queued
    for line in results:
        print(line)
        #> call_soon: RuntimeError
        #> call_soon_threadsafe: scheduled


# debug=True makes the loop check the caller's thread; without it, no error
asyncio.run(main(), debug=True)
