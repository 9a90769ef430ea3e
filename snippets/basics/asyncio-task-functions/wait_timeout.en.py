import asyncio


async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(go.wait(), name=name) for name in ("a", "b")]
    done, pending = await asyncio.wait(tasks, timeout=0.01)  # no exception
    print(f"done: {sorted(t.get_name() for t in done)}")
    #> done: []
    print(f"pending: {sorted(t.get_name() for t in pending)}")
    #> pending: ['a', 'b']
    print(f"any cancelled: {any(t.cancelled() for t in tasks)}")
    #> any cancelled: False

    go.set()  # the tasks were left running, so they can still finish
    done, pending = await asyncio.wait(tasks)  # ALL_COMPLETED by default
    print(f"second wait: {len(done)} done, {len(pending)} pending")
    #> second wait: 2 done, 0 pending


asyncio.run(main())
