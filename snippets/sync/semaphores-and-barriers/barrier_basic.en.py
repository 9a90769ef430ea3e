# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def player(name):
        log.append(f"{name} ready")
        index = await barrier.wait()  # until all 3 tasks have arrived
        log.append(f"{name} go")
        return index

    first = asyncio.create_task(player("Ann"))
    second = asyncio.create_task(player("Bob"))
    await asyncio.sleep(0)  # two tasks wait at the barrier
    print(f"parties: {barrier.parties}, n_waiting: {barrier.n_waiting}")
    #> parties: 3, n_waiting: 2

    indices = await asyncio.gather(first, second, player("Cy"))
    print(f"log: {log}")
    #> log: ['Ann ready', 'Bob ready', 'Cy ready', 'Cy go', 'Ann go', 'Bob go']
    print(f"indices from wait(): {sorted(indices)}")
    #> indices from wait(): [0, 1, 2]

    # the barrier can be reused: one more round
    again = await asyncio.gather(*(barrier.wait() for _ in range(3)))
    print(f"second round: {sorted(again)}, broken: {barrier.broken}")
    #> second round: [0, 1, 2], broken: False


asyncio.run(main())
