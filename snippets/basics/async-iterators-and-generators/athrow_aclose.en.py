import asyncio


async def worker():
    try:
        while True:
            try:
                got = yield "ready"
                print("received", got)
                #> received job A
            except ValueError as e:
                print("generator handled", e)
                #> generator handled bad data
    finally:
        await asyncio.sleep(0)  # finally may await, even during aclose()
        print("cleanup done")
        #> cleanup done


async def main():
    gen = worker()
    print(await gen.asend(None))  # start: the first send must be None
    #> ready
    print(await gen.asend("job A"))
    #> ready
    # athrow: raise an exception at the yield where it is paused
    print(await gen.athrow(ValueError("bad data")))
    #> ready
    # aclose: raise GeneratorExit at that yield
    await gen.aclose()
    print(await anext(gen, "closed"))
    #> closed


asyncio.run(main())
