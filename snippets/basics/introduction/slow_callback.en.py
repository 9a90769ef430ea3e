import asyncio
import logging
import time

slow_steps = []


class Collect(logging.Handler):
    def emit(self, record):
        # The step that finished blocker is logged as
        # "Executing <Task finished name='blocker' ...> took 0.150 seconds"
        msg = record.getMessage()
        if msg.startswith("Executing <Task finished name='blocker'"):
            slow_steps.append(record.levelname)


def legacy_io():
    time.sleep(0.15)  # blocking: holds the thread for 150 ms


async def blocker():
    legacy_io()  # no suspension point: the loop is held


async def main():
    logger = logging.getLogger("asyncio")
    logger.addHandler(Collect())
    logger.propagate = False  # collect the records instead of printing them
    loop = asyncio.get_running_loop()
    print(f"debug mode: {loop.get_debug()}")
    #> debug mode: True
    print(f"slow_callback_duration: {loop.slow_callback_duration}")
    #> slow_callback_duration: 0.1
    await asyncio.create_task(blocker(), name="blocker")
    print(f"slow steps of blocker logged: {slow_steps}")
    #> slow steps of blocker logged: ['WARNING']


asyncio.run(main(), debug=True)
