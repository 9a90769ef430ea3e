# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import contextvars

config = contextvars.ContextVar("config", default="default config")


async def load():
    config.set("loaded config")


async def show(label):
    print(f"{label}: {config.get()}")
    #> next run() of the same Runner: loaded config
    #> another asyncio.run(): default config


with asyncio.Runner() as runner:  # a Runner has one context
    runner.run(load())
    runner.run(show("next run() of the same Runner"))

asyncio.run(load())  # each asyncio.run() copies the current context afresh
asyncio.run(show("another asyncio.run()"))
print(f"outside the Runner: {config.get()}")
#> outside the Runner: default config
