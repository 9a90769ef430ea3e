import asyncio
import gc
import warnings


async def save(record):
    print("saved", record)
    #> saved r2


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # make sure every warning is recorded
        save("r1")  # bug: await forgotten, the coroutine object is discarded
        gc.collect()
    # "saved r1" is never printed: the body did not run at all
    print(f"warnings caught: {len(caught)}")
    #> warnings caught: 1
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
        #> RuntimeWarning: coroutine 'save' was never awaited

    await save("r2")  # the fix: await it (or hand it to create_task)


asyncio.run(main())
