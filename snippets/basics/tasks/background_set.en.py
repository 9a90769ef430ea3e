import asyncio

background_tasks = set()


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
    return task


async def main():
    for to in ["ann", "bob", "cat"]:
        fire_and_forget(send_email(to))
    print("tasks in the set:", len(background_tasks))
    #> tasks in the set: 3
    # Only so this demo can wait for them; real code would move on.
    await asyncio.wait(list(background_tasks))
    print("tasks in the set:", len(background_tasks))
    #> tasks in the set: 0


asyncio.run(main())
