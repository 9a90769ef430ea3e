import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    lock = asyncio.Lock()
    async with lock as bound:  # __aenter__: await acquire(); returns None
        print(f"Lock inside: locked()={lock.locked()}, as gives: {bound}")
        #> Lock inside: locked()=True, as gives: None
    print(f"Lock after: locked()={lock.locked()}")  # __aexit__: release()
    #> Lock after: locked()=False

    sem = asyncio.Semaphore(2)
    async with sem, sem:
        print(f"Semaphore(2) held twice: locked()={sem.locked()}")
        #> Semaphore(2) held twice: locked()=True
    print(f"Semaphore after: locked()={sem.locked()}")
    #> Semaphore after: locked()=False

    cond = asyncio.Condition()
    async with cond:  # acquires the Condition's underlying lock
        print(f"Condition inside: locked()={cond.locked()}")
        #> Condition inside: locked()=True

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:  # __aexit__: close(), then await wait_closed()
        print(f"Server inside: is_serving()={server.is_serving()}")
        #> Server inside: is_serving()=True
    print(f"Server after: is_serving()={server.is_serving()}")
    #> Server after: is_serving()=False


asyncio.run(main())
