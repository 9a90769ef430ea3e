# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import time


def block(seconds):
    time.sleep(seconds)  # blocking call: the loop runs no callbacks meanwhile


async def main():
    # 1. The inner deadline comes first: the inner block converts
    async with asyncio.timeout(10) as outer:
        try:
            async with asyncio.timeout(0.02) as inner:
                await asyncio.sleep(10)
        except TimeoutError:
            print("inner TimeoutError, caught inside the outer block")
            #> inner TimeoutError, caught inside the outer block
    print(f"inner expired(): {inner.expired()}, outer: {outer.expired()}")
    #> inner expired(): True, outer: False

    # 2. The outer deadline comes first: the inner block lets it pass
    try:
        async with asyncio.timeout(0.02) as outer:
            async with asyncio.timeout(10) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer TimeoutError")
        #> outer TimeoutError
    print(f"inner expired(): {inner.expired()}, outer: {outer.expired()}")
    #> inner expired(): False, outer: True

    # 3. Both deadlines pass before the task resumes: the outermost converts
    try:
        async with asyncio.timeout(0.02) as outer:
            async with asyncio.timeout(0.01) as inner:
                block(0.05)  # block on purpose: both deadlines pass
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer TimeoutError")
        #> outer TimeoutError
    print(f"inner expired(): {inner.expired()}, outer: {outer.expired()}")
    #> inner expired(): True, outer: True


asyncio.run(main())
