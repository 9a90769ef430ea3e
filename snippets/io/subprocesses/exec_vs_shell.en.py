import asyncio
import shlex
import sys
from asyncio.subprocess import PIPE

name = "a b; echo injected"  # input from a user


async def output(proc):
    out, _ = await proc.communicate()
    return out.decode("utf-8").splitlines()


async def main():
    if sys.platform == "win32":
        sys.exit("POSIX only: it uses /bin/sh syntax")
    # exec: arguments reach the program as they are, no shell involved
    show_args = "import sys; print(*sys.argv[1:], sep=chr(10))"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-X", "utf8", "-c", show_args, name, stdout=PIPE
    )
    print(f"exec: {await output(proc)}")
    #> exec: ['a b; echo injected']

    # shell: /bin/sh parses the whole command; the ; starts a second one
    proc = await asyncio.create_subprocess_shell(f"echo {name}", stdout=PIPE)
    print(f"shell: {await output(proc)}")
    #> shell: ['a b', 'injected']

    # shell with shlex.quote(): passed as one argument
    cmd = f"echo {shlex.quote(name)}"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE)
    print(f"shell + quote: {await output(proc)}")
    #> shell + quote: ['a b; echo injected']


asyncio.run(main())
