import asyncio

steps = []  # each step, in the order it happened; printed at the end
main_task = None


async def numbers():
    try:
        yield 1
        yield 2
    except BaseException as e:
        same = asyncio.current_task() is main_task
        kind = type(e).__name__
        steps.append(f"generator got {kind}, in the main task: {same}")
        raise


async def main():
    global main_task
    main_task = asyncio.current_task()
    gen = numbers()  # only this local variable of main() refers to it
    steps.append(f"main: got {await anext(gen)}")
    steps.append("main: returns without closing gen")


asyncio.run(main())
steps.append("asyncio.run() has returned")
for number, step in enumerate(steps, 1):
    print(number, step)
    #> 1 main: got 1
    #> 2 main: returns without closing gen
    #> 3 generator got CancelledError, in the main task: False
    #> 4 asyncio.run() has returned
