import asyncio
import sys
from asyncio.subprocess import PIPE

# 子进程向 stdout 写 4 MB：远超管道和读缓冲区能放下的量
CHILD = "import sys; sys.stdout.write('x' * 4_000_000)"


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=PIPE
    )
    try:
        # 错误：只 wait() 不读 stdout。子进程写满管道后阻塞，永远不会退出
        await asyncio.wait_for(proc.wait(), timeout=0.5)
    except asyncio.TimeoutError:
        print("wait()：超时，子进程卡在写管道上")
        #> wait()：超时，子进程卡在写管道上
    # 正确：communicate() 一边读完输出，一边等子进程退出
    out, _ = await proc.communicate()
    print(f"communicate()：读到 {len(out)} 字节，returncode={proc.returncode}")
    #> communicate()：读到 4000000 字节，returncode=0


asyncio.run(main())
