import asyncio
import signal


async def main():
    try:
        # Simulate the user pressing Ctrl-C: send SIGINT to this process
        signal.raise_signal(signal.SIGINT)
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("main: got CancelledError, can clean up")
        #> main: got CancelledError, can clean up
        raise
    except KeyboardInterrupt:
        print("main: KeyboardInterrupt raised inside the coroutine")
        raise


# A process may start with SIGINT ignored; restore Python's default
# handler, because 3.11+ only takes over SIGINT from the default handler
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run() raised KeyboardInterrupt")
    #> asyncio.run() raised KeyboardInterrupt
