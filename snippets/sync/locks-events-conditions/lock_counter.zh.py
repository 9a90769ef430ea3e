import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance  # 读
        await asyncio.sleep(0)  # 挂起点：别的任务在这里插进来
        self.balance = current + amount  # 写回一个过时的值

    async def deposit(self, amount):
        async with self.lock:  # 读、挂起、写作为一个整体
            current = self.balance
            await asyncio.sleep(0)
            self.balance = current + amount


async def main():
    account = Account()
    await asyncio.gather(*(account.deposit_unsafe(10) for _ in range(5)))
    print(f"不加锁：{account.balance}")
    #> 不加锁：10

    account = Account()
    await asyncio.gather(*(account.deposit(10) for _ in range(5)))
    print(f"加锁：{account.balance}")
    #> 加锁：50
    print(f"用完后 locked()：{account.lock.locked()}")
    #> 用完后 locked()：False


asyncio.run(main())
