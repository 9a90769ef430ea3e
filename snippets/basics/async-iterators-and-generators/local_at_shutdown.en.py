import asyncio

main_task = None


async def numbers():
    try:
        yield 1
        yield 2
    except BaseException as e:
        same = asyncio.current_task() is main_task
        print(f"generator got {type(e).__name__}, in the main task: {same}")
        #> generator got CancelledError, in the main task: False
        raise


async def main():
    global main_task
    main_task = asyncio.current_task()
    gen = numbers()  # only this local variable of main() refers to it
    print("got", await anext(gen))
    #> got 1
    print("main() returns without closing gen")
    #> main() returns without closing gen


asyncio.run(main())
print("asyncio.run() has returned")
#> asyncio.run() has returned
