import asyncio

cancelled = []  # queries that wait_for cancelled


async def query(name, answered):
    try:
        await answered.wait()  # a request: it is answered when the event is set
        return f"result of the {name}"
    except asyncio.CancelledError:
        cancelled.append(name)  # wait_for cancelled it on timeout
        raise


async def main():
    answered = asyncio.Event()
    answered.set()  # this query is answered at once
    result = await asyncio.wait_for(query("fast query", answered), timeout=1)
    print(f"returned: {result}")
    #> returned: result of the fast query

    never = asyncio.Event()  # this query is never answered
    try:
        await asyncio.wait_for(query("slow query", never), timeout=0.01)
    except asyncio.TimeoutError:  # the built-in TimeoutError since 3.11
        print("slow query: timed out")
        #> slow query: timed out
    print(f"cancelled queries: {cancelled}")
    #> cancelled queries: ['slow query']


asyncio.run(main())
