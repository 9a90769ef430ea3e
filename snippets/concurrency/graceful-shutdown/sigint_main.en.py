# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import signal


async def worker(name, log):
    try:
        await asyncio.sleep(3600)
    finally:
        log.append(f"{name} cleaned up")


async def main():
    log = []
    workers = [asyncio.create_task(worker(n, log)) for n in ("w1", "w2")]
    try:
        await asyncio.sleep(0)
        signal.raise_signal(signal.SIGINT)  # simulate the user pressing Ctrl-C
        await asyncio.sleep(3600)  # the service's main loop
    except asyncio.CancelledError:
        print("main task cancelled: shutting down")
        #> main task cancelled: shutting down
        for t in workers:
            t.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        print(f"cleanup: {sorted(log)}")
        #> cleanup: ['w1 cleaned up', 'w2 cleaned up']
        raise  # re-raise, so that asyncio.run() reports this Ctrl-C


# some environments start us with SIGINT ignored; restore the default
# handler, or asyncio.run() will not take SIGINT over
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run() raised KeyboardInterrupt")
    #> asyncio.run() raised KeyboardInterrupt
