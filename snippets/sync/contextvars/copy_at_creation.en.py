import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")
tags = contextvars.ContextVar("tags")


async def child():
    print(f"child sees: {user.get()}")
    #> child sees: alice
    user.set("set by the child")  # changes the child's own copy only
    tags.get().append("child")  # but the list in the copy is the same object


async def main():
    user.set("alice")
    tags.set([])
    task = asyncio.create_task(child())  # the context is copied now
    user.set("bob")  # a change after the copy: the child does not see it
    await task
    print(f"parent sees: {user.get()}")
    #> parent sees: bob
    print(f"parent's list: {tags.get()}")
    #> parent's list: ['child']


asyncio.run(main())
