import asyncio
import logging
import time

slow_steps = []


class Collect(logging.Handler):
    def emit(self, record):
        # 跑完 blocker 的那一步被记录为
        # "Executing <Task finished name='blocker' ...> took 0.150 seconds"
        msg = record.getMessage()
        if msg.startswith("Executing <Task finished name='blocker'"):
            slow_steps.append(record.levelname)


def legacy_io():
    time.sleep(0.15)  # 阻塞调用：占住线程 150 毫秒


async def blocker():
    legacy_io()  # 没有挂起点：事件循环被占住


async def main():
    logger = logging.getLogger("asyncio")
    logger.addHandler(Collect())
    logger.propagate = False  # 收集日志记录，不输出到标准错误
    loop = asyncio.get_running_loop()
    print(f"调试模式：{loop.get_debug()}")
    #> 调试模式：True
    print(f"慢回调阈值（秒）：{loop.slow_callback_duration}")
    #> 慢回调阈值（秒）：0.1
    await asyncio.create_task(blocker(), name="blocker")
    print(f"blocker 被记录的慢步骤：{slow_steps}")
    #> blocker 被记录的慢步骤：['WARNING']


asyncio.run(main(), debug=True)
