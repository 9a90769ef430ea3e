import asyncio
import shlex
import sys
from asyncio.subprocess import PIPE

name = "a b; echo 被注入了"  # 来自用户的输入


async def output(proc):
    out, _ = await proc.communicate()
    return out.decode("utf-8").splitlines()


async def main():
    if sys.platform == "win32":
        sys.exit("本例只在 POSIX 上运行：它用 /bin/sh 的语法")
    # exec：参数原样交给程序，不经过 shell
    show_args = "import sys; print(*sys.argv[1:], sep=chr(10))"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-X", "utf8", "-c", show_args, name, stdout=PIPE
    )
    print(f"exec：{await output(proc)}")
    #> exec：['a b; echo 被注入了']

    # shell：整条命令由 /bin/sh 解释，分号开始了第二条命令
    proc = await asyncio.create_subprocess_shell(f"echo {name}", stdout=PIPE)
    print(f"shell：{await output(proc)}")
    #> shell：['a b', '被注入了']

    # shell 加 shlex.quote()：按一个参数传递
    cmd = f"echo {shlex.quote(name)}"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE)
    print(f"shell + quote：{await output(proc)}")
    #> shell + quote：['a b; echo 被注入了']


asyncio.run(main())
