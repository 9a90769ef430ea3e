import asyncio
import sys
from asyncio.subprocess import PIPE

# 子进程逐行报告进度；-u 关掉输出缓冲，每行一写完就送到管道
CHILD = """
for step in ("下载", "解压", "安装"):
    print(f"{step}完成")
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-u", "-X", "utf8", "-c", CHILD, stdout=PIPE
    )
    async for line in proc.stdout:  # 每次拿到一行（bytes，带换行符）
        print(f"进度：{line.decode('utf-8').rstrip()}")
        #> 进度：下载完成
        #> 进度：解压完成
        #> 进度：安装完成
    await proc.wait()  # stdout 已读到 EOF，wait() 不会卡住
    print(f"returncode：{proc.returncode}")
    #> returncode：0


asyncio.run(main())
