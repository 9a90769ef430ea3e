import asyncio
import sys
from asyncio.subprocess import PIPE

# the child writes 4 MB to stdout: far more than the pipe and buffer hold
CHILD = "import sys; sys.stdout.write('x' * 4_000_000)"


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=PIPE
    )
    try:
        # wrong: wait() without reading stdout. The pipe fills, the child
        # blocks on its write and never exits
        await asyncio.wait_for(proc.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait(): timed out, the child is stuck writing to the pipe")
        #> wait(): timed out, the child is stuck writing to the pipe
    # right: communicate() reads all output while it waits for the exit
    out, _ = await proc.communicate()
    print(f"communicate(): {len(out)} bytes, returncode={proc.returncode}")
    #> communicate(): 4000000 bytes, returncode=0


asyncio.run(main())
