import asyncio


class OneShotBarrier:
    """3.10 没有 asyncio.Barrier：用 Condition 写一个一次性的屏障"""

    def __init__(self, parties):
        self.parties = parties
        self.arrived = 0
        self.cond = asyncio.Condition()

    async def wait(self):
        async with self.cond:
            index = self.arrived
            self.arrived += 1
            if self.arrived == self.parties:
                self.cond.notify_all()  # 最后一个到达的唤醒所有人
            else:
                await self.cond.wait_for(lambda: self.arrived >= self.parties)
            return index


async def main():
    barrier = OneShotBarrier(3)
    log = []

    async def player(name):
        log.append(f"{name} 就绪")
        index = await barrier.wait()
        log.append(f"{name} 出发")
        return index

    indices = await asyncio.gather(*(player(n) for n in ("甲", "乙", "丙")))
    print(f"日志：{log}")
    #> 日志：['甲 就绪', '乙 就绪', '丙 就绪', '丙 出发', '甲 出发', '乙 出发']
    print(f"序号：{sorted(indices)}")
    #> 序号：[0, 1, 2]


asyncio.run(main())
