# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0):  # expires on the next loop iteration
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                print("inside: CancelledError, cancelling() =", me.cancelling())
                #> inside: CancelledError, cancelling() = 1
                raise
    except TimeoutError:
        print("outside: TimeoutError, cancelling() =", me.cancelling())
        #> outside: TimeoutError, cancelling() = 0

    async with asyncio.timeout(0) as cm:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            pass  # wrong: swallows the timeout's cancellation
    print("swallowed: no TimeoutError, expired() =", cm.expired())
    #> swallowed: no TimeoutError, expired() = True

    me.cancel()  # request our own cancellation: not delivered yet
    print("uncancel() returned", me.uncancel())
    #> uncancel() returned 0
    try:
        await asyncio.sleep(0)
        print("sleep(0) returned normally: the request was rescinded")
        #> sleep(0) returned normally: the request was rescinded
    except asyncio.CancelledError:
        print("sleep(0) raised CancelledError: the request still stood")


asyncio.run(main())
