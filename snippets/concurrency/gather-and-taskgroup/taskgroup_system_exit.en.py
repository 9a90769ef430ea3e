# /// script
# requires-python = ">=3.11"
# ///
import asyncio

tasks = []  # keep main's task, to look at it after asyncio.run()


async def worker():
    await asyncio.sleep(0)
    raise SystemExit(3)  # a child asks the program to exit


async def main():
    tasks.append(asyncio.current_task())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(3600)
    except SystemExit as e:  # trying to stop it here
        print(f"main caught SystemExit: {e.code}")
        #> main caught SystemExit: 3
    return "main returned normally"


try:
    asyncio.run(main())
except SystemExit as e:
    print(f"asyncio.run() still raised SystemExit: {e.code}")
    #> asyncio.run() still raised SystemExit: 3
print(f"main's result: {tasks[0].result()}")
#> main's result: main returned normally
