# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="(not set)")


async def login():
    user.set("alice")
    return asyncio.get_running_loop()


async def main():
    return user.get(), asyncio.get_running_loop()


with asyncio.Runner() as runner:
    loop1 = runner.run(login())
    name, loop2 = runner.run(main())  # second run() on the same Runner
    print(f"second Runner.run() sees: {name}")
    #> second Runner.run() sees: alice
    print(f"same event loop for both run() calls: {loop1 is loop2}")
    #> same event loop for both run() calls: True

# Compare: every asyncio.run() starts from a fresh copy of the context
asyncio.run(login())
name, _ = asyncio.run(main())
print(f"second asyncio.run() sees: {name}")
#> second asyncio.run() sees: (not set)
