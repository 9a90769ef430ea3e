import asyncio
from contextlib import aclosing

main_task = None
registry = []  # stands for a reference that outlives main()


async def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        same = asyncio.current_task() is main_task
        print(f"{name}: finally runs, in the main task: {same}")
        #> A: finally runs, in the main task: True
        #> B: finally runs, in the main task: False
        #> C: finally runs, in the main task: False


async def main():
    global main_task
    main_task = asyncio.current_task()

    # A: wrapped in aclosing
    async with aclosing(numbers("A")) as gen:
        async for _ in gen:
            break
    print("A: after async with")
    #> A: after async with

    # B: no variable refers to it
    async for _ in numbers("B"):
        break
    print("B: after the loop")
    #> B: after the loop
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("B: after yielding twice")
    #> B: after yielding twice

    # C: still referenced until asyncio.run() shuts down
    registry.append(numbers("C"))
    async for _ in registry[0]:
        break
    print("C: main() is about to return")
    #> C: main() is about to return


asyncio.run(main())
