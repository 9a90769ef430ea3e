# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    barrier = asyncio.Barrier(2)
    waiting = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(f"取消前 n_waiting：{barrier.n_waiting}")
    #> 取消前 n_waiting：1

    waiting.cancel()  # 等待中的任务被取消，离开屏障
    await asyncio.gather(waiting, return_exceptions=True)
    print(f"取消后 n_waiting：{barrier.n_waiting}")
    #> 取消后 n_waiting：0
    print(f"broken：{barrier.broken}")  # 屏障本身没有损坏
    #> broken：False

    indices = await asyncio.gather(barrier.wait(), barrier.wait())
    print(f"之后照常使用：{sorted(indices)}")
    #> 之后照常使用：[0, 1]


asyncio.run(main())
