import asyncio
import inspect


async def fetch(name):
    print(f"body of fetch({name}) starts running")
    #> body of fetch(B) starts running
    return f"data for {name}"


async def main():
    # A coroutine function is just an ordinary function object
    print(f"type of fetch: {type(fetch).__name__}")
    #> type of fetch: function
    print(f"is a coroutine function: {inspect.iscoroutinefunction(fetch)}")
    #> is a coroutine function: True

    c = fetch("A")  # only creates a coroutine object; no line of the body runs
    print(f"type of the call's result: {type(c).__name__}")
    #> type of the call's result: coroutine
    print(f"is a coroutine object: {inspect.iscoroutine(c)}")
    #> is a coroutine object: True
    print(f"state: {inspect.getcoroutinestate(c)}")  # created, not started
    #> state: CORO_CREATED
    c.close()  # we will not run it: close it, so no "never awaited" warning
    print(f"state after close(): {inspect.getcoroutinestate(c)}")
    #> state after close(): CORO_CLOSED

    c = fetch("B")
    print("before await")
    #> before await
    result = await c  # only now does the body run
    print(f"result of await: {result}")
    #> result of await: data for B

    try:
        await c  # a coroutine object can be awaited only once
    except RuntimeError as e:
        print(f"awaiting again: {type(e).__name__}")
        #> awaiting again: RuntimeError


asyncio.run(main())
