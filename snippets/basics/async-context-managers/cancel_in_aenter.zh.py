import asyncio

log = []


class Leaky:
    def __init__(self, handshake):
        self.handshake = handshake  # 一个永远不会完成的 Future
        self.open = False

    async def __aenter__(self):
        self.open = True  # 第 1 步：资源已经存在
        await self.handshake  # 第 2 步：取消在这里送达
        return self

    async def __aexit__(self, *exc_info):
        log.append("__aexit__")
        self.open = False


class Safe(Leaky):
    async def __aenter__(self):
        self.open = True
        try:
            await self.handshake
        except BaseException:
            self.open = False  # __aexit__ 不会运行：在这里撤销第 1 步
            raise
        return self


async def use(conn):
    async with conn:
        log.append("代码块")


async def main():
    loop = asyncio.get_running_loop()
    for cls in (Leaky, Safe):
        conn = cls(loop.create_future())
        task = asyncio.create_task(use(conn))
        await asyncio.sleep(0)  # 任务此刻停在 __aenter__ 里
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        state = f"已取消={task.cancelled()} 仍打开={conn.open}"
        print(f"{cls.__name__}：记录={log} {state}")
        #> Leaky：记录=[] 已取消=True 仍打开=True
        #> Safe：记录=[] 已取消=True 仍打开=False


asyncio.run(main())
