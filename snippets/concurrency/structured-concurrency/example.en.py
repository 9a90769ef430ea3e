import asyncio


async def main():
    # replace this with what the page teaches
    await asyncio.sleep(0)
    print("hello, asyncio")
    #> hello, asyncio


asyncio.run(main())
