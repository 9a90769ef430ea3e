# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import warnings


class MyEventLoop(asyncio.SelectorEventLoop):
    """Stands for the loop you want instead, e.g. one from a library."""


async def main():
    return type(asyncio.get_running_loop()).__name__


# Recommended: give asyncio.run() or asyncio.Runner a loop factory
print(f"asyncio.run(): {asyncio.run(main(), loop_factory=MyEventLoop)}")
#> asyncio.run(): MyEventLoop
with asyncio.Runner(loop_factory=MyEventLoop) as runner:
    print(f"Runner: {runner.run(main())}")
    #> Runner: MyEventLoop


def warnings_from(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # record warnings instead of printing
        action()
    return ", ".join(w.category.__name__ for w in caught) or "none"


# The old way: event loop policies
policy_calls = {
    "get_event_loop_policy()": asyncio.get_event_loop_policy,
    "set_event_loop_policy(None)": lambda: asyncio.set_event_loop_policy(None),
    "AbstractEventLoopPolicy": lambda: asyncio.AbstractEventLoopPolicy,
}
for name, action in policy_calls.items():
    print(f"{name}: {warnings_from(action)}")
    #> get_event_loop_policy(): DeprecationWarning
    #> set_event_loop_policy(None): DeprecationWarning
    #> AbstractEventLoopPolicy: DeprecationWarning
