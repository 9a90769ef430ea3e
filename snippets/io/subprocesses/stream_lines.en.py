import asyncio
import sys
from asyncio.subprocess import PIPE

# the child reports progress line by line; -u turns off output buffering,
# so each line reaches the pipe as soon as it is written
CHILD = """
for step in ("download", "unpack", "install"):
    print(f"{step} done")
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-u", "-X", "utf8", "-c", CHILD, stdout=PIPE
    )
    async for line in proc.stdout:  # one line at a time (bytes, with newline)
        print(f"progress: {line.decode('utf-8').rstrip()}")
        #> progress: download done
        #> progress: unpack done
        #> progress: install done
    await proc.wait()  # stdout is at EOF, so wait() cannot hang
    print(f"returncode: {proc.returncode}")
    #> returncode: 0


asyncio.run(main())
