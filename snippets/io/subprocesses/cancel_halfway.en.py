import asyncio
import contextlib
import sys
from asyncio.subprocess import PIPE


@contextlib.asynccontextmanager
async def spawn(*args, **kwargs):  # the same spawn() as in the recipe
    proc = await asyncio.create_subprocess_exec(*args, **kwargs)
    try:
        yield proc
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        await proc.wait()


CHILD = "import time; print('ready', flush=True); time.sleep(10)"
seen = {}


async def bare(started):  # without spawn(): start the child, wait for it
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=PIPE
    )
    seen["bare"] = proc
    await proc.stdout.readline()
    started.set()
    await proc.wait()


async def guarded(started):  # with spawn()
    async with spawn(sys.executable, "-c", CHILD, stdout=PIPE) as proc:
        seen["guarded"] = proc
        await proc.stdout.readline()
        started.set()
        await proc.wait()


async def cancel_halfway(job):
    started = asyncio.Event()
    task = asyncio.create_task(job(started))
    await started.wait()  # the child is running (it printed ready)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return task.cancelled()


async def main():
    if sys.platform == "win32":
        sys.exit("POSIX only: returncode -9 means killed by SIGKILL")
    cancelled = await cancel_halfway(bare)
    proc = seen["bare"]
    print(f"without spawn(): task cancelled={cancelled}")
    #> without spawn(): task cancelled=True
    print(f"child still running: {proc.returncode is None}")
    #> child still running: True
    proc.kill()  # we have to clean up ourselves
    await proc.communicate()
    print(f"after killing it by hand: returncode={proc.returncode}")
    #> after killing it by hand: returncode=-9

    cancelled = await cancel_halfway(guarded)
    proc = seen["guarded"]
    print(f"with spawn(): task cancelled={cancelled}")
    #> with spawn(): task cancelled=True
    print(f"on leaving spawn(): returncode={proc.returncode}")
    #> on leaving spawn(): returncode=-9


asyncio.run(main())
