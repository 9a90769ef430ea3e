import asyncio
import contextlib
import sys
from asyncio.subprocess import DEVNULL, PIPE


@contextlib.asynccontextmanager
async def spawn(*args, **kwargs):
    """启动子进程；不管代码块怎样结束，离开时子进程都已结束并被回收。"""
    proc = await asyncio.create_subprocess_exec(*args, **kwargs)
    try:
        yield proc
    finally:
        if proc.returncode is None:  # 超时、出错或被取消：子进程还在运行
            with contextlib.suppress(ProcessLookupError):
                proc.kill()  # 刚好自己退出了，也没关系
        await proc.wait()  # 回收子进程，得到 returncode


class CommandTimeout(Exception):
    def __init__(self, returncode):
        super().__init__(returncode)
        self.returncode = returncode


async def run(*args, timeout, input=None):
    """运行一个命令直到结束，返回 (returncode, stdout, stderr)。"""
    stdin = DEVNULL if input is None else PIPE
    async with spawn(*args, stdin=stdin, stdout=PIPE, stderr=PIPE) as proc:
        try:
            out, err = await asyncio.wait_for(proc.communicate(input), timeout)
        except asyncio.TimeoutError:
            pass  # 交给 spawn() 杀死并回收
        else:
            return proc.returncode, out, err
    raise CommandTimeout(proc.returncode)


PY = sys.executable
UPPER = "import sys; print(sys.stdin.read().upper(), end='')"
FAIL = "import sys; print('disk full', file=sys.stderr); sys.exit(3)"
HANG = "import time; time.sleep(10)"


async def main():
    if sys.platform == "win32":
        sys.exit("本例只在 POSIX 上运行：returncode -9 表示被 SIGKILL 杀死")
    code, out, _ = await run(PY, "-c", UPPER, timeout=10, input=b"hello")
    print(f"正常：returncode={code}，stdout={out.decode()}")
    #> 正常：returncode=0，stdout=HELLO

    code, _, err = await run(PY, "-c", FAIL, timeout=10)
    print(f"出错：returncode={code}，stderr={err.decode().strip()}")
    #> 出错：returncode=3，stderr=disk full

    try:
        await run(PY, "-c", HANG, timeout=0.2)
    except CommandTimeout as e:
        print(f"超时：子进程已被杀死并回收，returncode={e.returncode}")
        #> 超时：子进程已被杀死并回收，returncode=-9


asyncio.run(main())
