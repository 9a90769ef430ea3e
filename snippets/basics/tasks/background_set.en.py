import asyncio
import gc

background_tasks = set()
reports = []


def handler(loop, context):
    reports.append(context["message"])  # instead of logging to stderr


async def wait_forever():
    await asyncio.Event().wait()  # an event nobody else can reach


async def send_email(to):
    await asyncio.sleep(0)
    print(f"sent to {to}")
    #> sent to ann
    #> sent to bob
    #> sent to cat


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # strong reference: the loop's is weak
    task.add_done_callback(background_tasks.discard)  # drop it when done


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(wait_forever())  # the returned task is thrown away
    await asyncio.sleep(0)  # it starts and suspends
    gc.collect()
    print(f"lost: {reports}")
    #> lost: ['Task was destroyed but it is pending!']

    for to in ["ann", "bob", "cat"]:
        fire_and_forget(send_email(to))
    print(f"tasks in the set: {len(background_tasks)}")
    #> tasks in the set: 3
    # Only so this demo can wait for them; real code would move on.
    await asyncio.gather(*background_tasks)
    print(f"tasks in the set: {len(background_tasks)}")
    #> tasks in the set: 0


asyncio.run(main())
