# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    barrier = asyncio.Barrier(3)

    async def worker(name):
        try:
            await barrier.wait()
            return f"{name}：通过"
        except asyncio.BrokenBarrierError:
            return f"{name}：BrokenBarrierError"

    tasks = [asyncio.create_task(worker(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)  # 两个任务在等第三个
    await barrier.abort()  # 第三个永远不会来了
    print(await asyncio.gather(*tasks))
    #> ['w1：BrokenBarrierError', 'w2：BrokenBarrierError']
    print(f"broken：{barrier.broken}")
    #> broken：True
    print(f"之后再 wait()：{await worker('w3')}")
    #> 之后再 wait()：w3：BrokenBarrierError

    await barrier.reset()  # 回到初始的空状态
    print(f"reset 之后 broken：{barrier.broken}")
    #> reset 之后 broken：False

    waiting = asyncio.create_task(worker("w4"))
    await asyncio.sleep(0)
    await barrier.reset()  # 有任务在等时 reset：它们收到异常
    print(await waiting)
    #> w4：BrokenBarrierError
    print(f"n_waiting：{barrier.n_waiting}，broken：{barrier.broken}")
    #> n_waiting：0，broken：False


asyncio.run(main())
