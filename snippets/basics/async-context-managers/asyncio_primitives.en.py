import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    lock = asyncio.Lock()
    async with lock as bound:  # __aenter__: await acquire(); returns None
        print("Lock inside:", lock.locked(), "| as ->", bound)
        #> Lock inside: True | as -> None
    print("Lock after:", lock.locked())  # __aexit__: release()
    #> Lock after: False

    sem = asyncio.Semaphore(2)
    async with sem, sem:
        print("Semaphore(2) held twice, locked():", sem.locked())
        #> Semaphore(2) held twice, locked(): True
    print("Semaphore after, locked():", sem.locked())
    #> Semaphore after, locked(): False

    cond = asyncio.Condition()
    async with cond:  # acquires the Condition's underlying lock
        print("Condition inside, locked():", cond.locked())
        #> Condition inside, locked(): True

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:  # __aexit__: close(), then await wait_closed()
        print("Server inside, is_serving():", server.is_serving())
        #> Server inside, is_serving(): True
    print("Server after, is_serving():", server.is_serving())
    #> Server after, is_serving(): False


asyncio.run(main())
