import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance  # read
        await asyncio.sleep(0)  # suspension point: other tasks run here
        self.balance = current + amount  # writes back a stale value

    async def deposit(self, amount):
        async with self.lock:  # read, suspend and write as one unit
            current = self.balance
            await asyncio.sleep(0)
            self.balance = current + amount


async def main():
    account = Account()
    await asyncio.gather(*(account.deposit_unsafe(10) for _ in range(5)))
    print(f"without the lock: {account.balance}")
    #> without the lock: 10

    account = Account()
    await asyncio.gather(*(account.deposit(10) for _ in range(5)))
    print(f"with the lock: {account.balance}")
    #> with the lock: 50
    print(f"locked() afterwards: {account.lock.locked()}")
    #> locked() afterwards: False


asyncio.run(main())
