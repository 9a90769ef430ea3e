import asyncio

log = []


async def worker(name):
    log.append(f"{name}1")
    await asyncio.sleep(0)  # suspension point: hand control back to the loop
    log.append(f"{name}2")


async def main():
    # One await after another: B starts only after A has finished
    await worker("A")
    await worker("B")
    print(f"awaited one by one: {' '.join(log)}")
    #> awaited one by one: A1 A2 B1 B2

    log.clear()
    # gather wraps both coroutines in tasks; the loop takes turns with them
    await asyncio.gather(worker("A"), worker("B"))
    print(f"with gather: {' '.join(log)}")
    #> with gather: A1 B1 A2 B2


asyncio.run(main())
