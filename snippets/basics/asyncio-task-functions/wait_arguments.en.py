# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


async def main():
    try:
        await asyncio.wait([])
    except ValueError:
        print("wait([]): ValueError")
        #> wait([]): ValueError

    coro = job(1)
    try:
        await asyncio.wait([coro])  # coroutines are forbidden since 3.11
    except TypeError:
        print("wait([coroutine]): TypeError")
        #> wait([coroutine]): TypeError
    coro.close()  # it never ran; close it to avoid a warning

    tasks = [asyncio.create_task(job(n)) for n in (1, 2)]
    try:
        done, _ = await asyncio.wait(t for t in tasks)  # accepted since 3.12
        print(f"generator of tasks: {sorted(t.result() for t in done)}")
        #> generator of tasks: [1, 2]
    except TypeError:
        print("generator of tasks: TypeError")
        await asyncio.wait(tasks)

    try:
        await asyncio.wait(t for t in [])  # an empty generator is truthy
    except (AssertionError, TypeError) as exc:
        print(f"empty generator: {type(exc).__name__}")
        #> empty generator: AssertionError


asyncio.run(main())
