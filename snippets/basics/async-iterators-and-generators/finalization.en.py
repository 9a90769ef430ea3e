import asyncio
from contextlib import aclosing

steps = []  # each step, in the order it happened; printed at the end
main_task = None
registry = []  # stands for a reference that outlives main()


async def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        same = asyncio.current_task() is main_task
        steps.append(f"{name}: finally runs, in the main task: {same}")


async def main():
    global main_task
    main_task = asyncio.current_task()

    # A: wrapped in aclosing
    async with aclosing(numbers("A")) as gen:
        async for _ in gen:
            break
    steps.append("A: after async with")

    # B: no variable refers to it
    async for _ in numbers("B"):
        break
    steps.append("B: after the loop")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    steps.append("B: after yielding twice")

    # C: still referenced until asyncio.run() shuts down
    registry.append(numbers("C"))
    async for _ in registry[0]:
        break
    steps.append("C: main() is about to return")


asyncio.run(main())
steps.append("asyncio.run() has returned")
for number, step in enumerate(steps, 1):
    print(number, step)
    #> 1 A: finally runs, in the main task: True
    #> 2 A: after async with
    #> 3 B: after the loop
    #> 4 B: finally runs, in the main task: False
    #> 5 B: after yielding twice
    #> 6 C: main() is about to return
    #> 7 C: finally runs, in the main task: False
    #> 8 asyncio.run() has returned
