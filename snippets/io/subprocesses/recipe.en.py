import asyncio
import contextlib
import sys
from asyncio.subprocess import DEVNULL, PIPE


@contextlib.asynccontextmanager
async def spawn(*args, **kwargs):
    """Start a child; however the block ends, the child is gone and reaped."""
    proc = await asyncio.create_subprocess_exec(*args, **kwargs)
    try:
        yield proc
    finally:
        if proc.returncode is None:  # timeout, error or cancellation
            with contextlib.suppress(ProcessLookupError):
                proc.kill()  # it may just have exited on its own
        await proc.wait()  # reap the child, get its returncode


class CommandTimeout(Exception):
    def __init__(self, returncode):
        super().__init__(returncode)
        self.returncode = returncode


async def run(*args, timeout, input=None):
    """Run a command to its end; return (returncode, stdout, stderr)."""
    stdin = DEVNULL if input is None else PIPE
    async with spawn(*args, stdin=stdin, stdout=PIPE, stderr=PIPE) as proc:
        try:
            out, err = await asyncio.wait_for(proc.communicate(input), timeout)
        except asyncio.TimeoutError:
            pass  # spawn() kills and reaps it
        else:
            return proc.returncode, out, err
    raise CommandTimeout(proc.returncode)


PY = sys.executable
UPPER = "import sys; print(sys.stdin.read().upper(), end='')"
FAIL = "import sys; print('disk full', file=sys.stderr); sys.exit(3)"
HANG = "import time; time.sleep(10)"


async def main():
    if sys.platform == "win32":
        sys.exit("POSIX only: returncode -9 means killed by SIGKILL")
    code, out, _ = await run(PY, "-c", UPPER, timeout=10, input=b"hello")
    print(f"normal: returncode={code}, stdout={out.decode()}")
    #> normal: returncode=0, stdout=HELLO

    code, _, err = await run(PY, "-c", FAIL, timeout=10)
    print(f"error: returncode={code}, stderr={err.decode().strip()}")
    #> error: returncode=3, stderr=disk full

    try:
        await run(PY, "-c", HANG, timeout=0.2)
    except CommandTimeout as e:
        print(f"timeout: child killed and reaped, returncode={e.returncode}")
        #> timeout: child killed and reaped, returncode=-9


asyncio.run(main())
