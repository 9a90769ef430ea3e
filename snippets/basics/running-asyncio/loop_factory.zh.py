# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import warnings


class MyEventLoop(asyncio.SelectorEventLoop):
    """代表你想换用的事件循环实现，例如第三方库提供的循环。"""


async def main():
    return type(asyncio.get_running_loop()).__name__


# 推荐写法：把创建循环的工厂交给 asyncio.run() 或 asyncio.Runner
print(f"asyncio.run()：{asyncio.run(main(), loop_factory=MyEventLoop)}")
#> asyncio.run()：MyEventLoop
with asyncio.Runner(loop_factory=MyEventLoop) as runner:
    print(f"Runner：{runner.run(main())}")
    #> Runner：MyEventLoop


def warnings_from(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # 把警告记下来，而不是打印到 stderr
        action()
    return ", ".join(w.category.__name__ for w in caught) or "无"


# 旧写法：事件循环策略
policy_calls = {
    "get_event_loop_policy()": asyncio.get_event_loop_policy,
    "set_event_loop_policy(None)": lambda: asyncio.set_event_loop_policy(None),
    "AbstractEventLoopPolicy": lambda: asyncio.AbstractEventLoopPolicy,
}
for name, action in policy_calls.items():
    print(f"{name}：{warnings_from(action)}")
    #> get_event_loop_policy()：DeprecationWarning
    #> set_event_loop_policy(None)：DeprecationWarning
    #> AbstractEventLoopPolicy：DeprecationWarning
