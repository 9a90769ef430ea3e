# /// script
# requires-python = ">=3.14"
# ///
import asyncio


class Download:
    """An awaitable: it defines __await__ but is not a coroutine."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        yield from asyncio.sleep(0).__await__()  # yield once via sleep(0)
        return f"{self.name} downloaded"


print(f"asyncio.run(): {asyncio.run(Download('report'))}")
#> asyncio.run(): report downloaded
with asyncio.Runner() as runner:
    print(f"Runner.run(): {runner.run(Download('log'))}")
    #> Runner.run(): log downloaded
