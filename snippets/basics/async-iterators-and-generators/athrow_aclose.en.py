import asyncio

steps = []  # each step, in the order it happened; printed at the end


async def worker():
    try:
        while True:
            try:
                got = yield "ready"
                steps.append(f"generator: received {got}")
            except ValueError as e:
                steps.append(f"generator: handled ValueError ({e})")
    finally:
        await asyncio.sleep(0)  # finally may await, even during aclose()
        steps.append("generator: cleanup done")


async def main():
    gen = worker()
    # start the generator: the first value sent must be None
    steps.append(f"asend(None) returned: {await gen.asend(None)}")
    steps.append(f"asend('job A') returned: {await gen.asend('job A')}")
    # athrow: raise an exception at the yield where it is paused
    error = ValueError("bad data")
    steps.append(f"athrow(ValueError) returned: {await gen.athrow(error)}")
    # aclose: raise GeneratorExit at that yield
    await gen.aclose()
    steps.append("aclose() returned")
    steps.append(f"anext() after closing: {await anext(gen, 'closed')}")
    for number, step in enumerate(steps, 1):
        print(number, step)
        #> 1 asend(None) returned: ready
        #> 2 generator: received job A
        #> 3 asend('job A') returned: ready
        #> 4 generator: handled ValueError (bad data)
        #> 5 athrow(ValueError) returned: ready
        #> 6 generator: cleanup done
        #> 7 aclose() returned
        #> 8 anext() after closing: closed


asyncio.run(main())
