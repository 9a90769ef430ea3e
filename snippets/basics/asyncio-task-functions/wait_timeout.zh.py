import asyncio


async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(go.wait(), name=name) for name in ("a", "b")]
    done, pending = await asyncio.wait(tasks, timeout=0.01)  # 不抛异常
    print(f"已完成：{sorted(t.get_name() for t in done)}")
    #> 已完成：[]
    print(f"未完成：{sorted(t.get_name() for t in pending)}")
    #> 未完成：['a', 'b']
    print(f"有任务被取消：{any(t.cancelled() for t in tasks)}")
    #> 有任务被取消：False

    go.set()  # 任务一直在运行，所以仍然可以完成
    done, pending = await asyncio.wait(tasks)  # 默认 ALL_COMPLETED
    print(f"第二次 wait：{len(done)} 个完成，{len(pending)} 个未完成")
    #> 第二次 wait：2 个完成，0 个未完成


asyncio.run(main())
