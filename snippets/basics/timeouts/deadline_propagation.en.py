# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def step(name, seconds, deadline):
    # Each step obeys the caller's deadline instead of its own delay
    async with asyncio.timeout_at(deadline):
        if seconds:  # a 0 s step finishes at once, without suspending
            await asyncio.sleep(seconds)
    print(f"{name}: done")
    #> auth: done
    #> query: done


async def handle_request(budget):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget  # computed once, passed down
    await step("auth", 0, deadline)
    await step("query", 0, deadline)
    await step("render", 10, deadline)


async def main():
    try:
        await handle_request(budget=0.05)
    except TimeoutError:
        print("the request ran out of its 0.05 s budget")
        #> the request ran out of its 0.05 s budget


asyncio.run(main())
