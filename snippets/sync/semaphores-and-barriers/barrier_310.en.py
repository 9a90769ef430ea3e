import asyncio


class OneShotBarrier:
    """3.10 has no asyncio.Barrier: a one-shot barrier built on Condition"""

    def __init__(self, parties):
        self.parties = parties
        self.arrived = 0
        self.cond = asyncio.Condition()

    async def wait(self):
        async with self.cond:
            index = self.arrived
            self.arrived += 1
            if self.arrived == self.parties:
                self.cond.notify_all()  # the last to arrive wakes everyone
            else:
                await self.cond.wait_for(lambda: self.arrived >= self.parties)
            return index


async def main():
    barrier = OneShotBarrier(3)
    log = []

    async def player(name):
        log.append(f"{name} ready")
        index = await barrier.wait()
        log.append(f"{name} go")
        return index

    indices = await asyncio.gather(*(player(n) for n in ("Ann", "Bob", "Cy")))
    print(f"log: {log}")
    #> log: ['Ann ready', 'Bob ready', 'Cy ready', 'Cy go', 'Ann go', 'Bob go']
    print(f"indices: {sorted(indices)}")
    #> indices: [0, 1, 2]


asyncio.run(main())
