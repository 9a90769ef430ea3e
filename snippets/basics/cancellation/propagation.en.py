import asyncio


async def leaf(name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print(f"{name}: got CancelledError")
        #> child: got CancelledError
        #> child: got CancelledError
        raise


async def parent(child):
    try:
        await child  # waiting for another task
    except asyncio.CancelledError:
        print("parent: await child raised CancelledError")
        #> parent: await child raised CancelledError
        #> parent: await child raised CancelledError
        raise


async def main():
    # Down: cancel parent, and the child it is awaiting is cancelled too
    child = asyncio.create_task(leaf("child"))
    outer = asyncio.create_task(parent(child))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print("down: child.cancelled() =", child.cancelled())
    #> down: child.cancelled() = True

    # Up: cancel only child, and the parent awaiting it ends cancelled too
    child = asyncio.create_task(leaf("child"))
    outer = asyncio.create_task(parent(child))
    await asyncio.sleep(0)
    child.cancel()
    results = await asyncio.gather(outer, return_exceptions=True)
    print("up: outer.cancelled() =", outer.cancelled())
    #> up: outer.cancelled() = True
    print(f"gather collected: {type(results[0]).__name__}")
    #> gather collected: CancelledError


asyncio.run(main())
