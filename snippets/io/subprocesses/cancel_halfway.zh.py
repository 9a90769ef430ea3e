import asyncio
import contextlib
import sys
from asyncio.subprocess import PIPE


@contextlib.asynccontextmanager
async def spawn(*args, **kwargs):  # 与推荐写法中的 spawn() 相同
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


async def bare(started):  # 不用 spawn()：只是创建子进程、等它
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=PIPE
    )
    seen["bare"] = proc
    await proc.stdout.readline()
    started.set()
    await proc.wait()


async def guarded(started):  # 用 spawn()
    async with spawn(sys.executable, "-c", CHILD, stdout=PIPE) as proc:
        seen["guarded"] = proc
        await proc.stdout.readline()
        started.set()
        await proc.wait()


async def cancel_halfway(job):
    started = asyncio.Event()
    task = asyncio.create_task(job(started))
    await started.wait()  # 子进程已经在运行（它打印了 ready）
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return task.cancelled()


async def main():
    if sys.platform == "win32":
        sys.exit("本例只在 POSIX 上运行：returncode -9 表示被 SIGKILL 杀死")
    cancelled = await cancel_halfway(bare)
    proc = seen["bare"]
    print(f"不用 spawn()：任务已取消={cancelled}")
    #> 不用 spawn()：任务已取消=True
    print(f"子进程还在运行：{proc.returncode is None}")
    #> 子进程还在运行：True
    proc.kill()  # 只好自己收拾
    await proc.communicate()
    print(f"手动杀死后：returncode={proc.returncode}")
    #> 手动杀死后：returncode=-9

    cancelled = await cancel_halfway(guarded)
    proc = seen["guarded"]
    print(f"用 spawn()：任务已取消={cancelled}")
    #> 用 spawn()：任务已取消=True
    print(f"离开 spawn() 时：returncode={proc.returncode}")
    #> 离开 spawn() 时：returncode=-9


asyncio.run(main())
