import asyncio


class TokenBucket:
    """令牌桶：每秒补充 rate 个令牌，最多攒 capacity 个。

    每次请求先 await acquire() 拿一个令牌；没有令牌就等到补上为止。
    clock 和 sleep 默认是事件循环的时钟和 asyncio.sleep，测试时可以换掉。
    """

    def __init__(self, rate, capacity, *, clock=None, sleep=asyncio.sleep):
        self.rate = rate
        self.capacity = capacity
        self._clock = clock or asyncio.get_running_loop().time
        self._sleep = sleep
        self._tokens = capacity  # 一开始桶是满的
        self._updated = self._clock()
        self._lock = asyncio.Lock()  # 等待者按先来后到排队

    def _refill(self):
        now = self._clock()
        elapsed = now - self._updated
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now

    async def acquire(self):
        async with self._lock:
            self._refill()
            while self._tokens < 1:
                # 取消在这里送达：锁随 async with 释放，令牌没有扣
                await self._sleep((1 - self._tokens) / self.rate)
                self._refill()
            self._tokens -= 1


class FakeClock:
    """演示用的假时钟：sleep() 让时间立刻前进，不真的等待。"""

    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    async def sleep(self, delay):
        self.now += delay
        await asyncio.sleep(0)


async def main():
    # 1. 每秒 2 个、最多攒 2 个：8 个请求在假时钟上各落在第几秒
    clock = FakeClock()
    bucket = TokenBucket(2, 2, clock=clock.time, sleep=clock.sleep)
    per_second = {}

    async def request():
        await bucket.acquire()
        second = int(clock.now)
        per_second[second] = per_second.get(second, 0) + 1

    await asyncio.gather(*(request() for _ in range(8)))
    print(f"每秒放行：{per_second}")
    #> 每秒放行：{0: 3, 1: 2, 2: 2, 3: 1}

    # 2. 等待中的请求被取消：锁随之释放，后面的请求照常拿到令牌
    clock = FakeClock()
    bucket = TokenBucket(2, 1, clock=clock.time, sleep=clock.sleep)
    await bucket.acquire()  # 用掉唯一的令牌
    waiting = asyncio.create_task(bucket.acquire())
    after = asyncio.create_task(bucket.acquire())
    await asyncio.sleep(0)  # waiting 拿到锁，开始等令牌；after 等锁
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    print(f"等待中的请求被取消：{waiting.cancelled()}")
    #> 等待中的请求被取消：True
    await after
    print(f"后面的请求拿到令牌：{after.done()}")
    #> 后面的请求拿到令牌：True

    # 3. 真实代码：不传 clock 和 sleep，用的就是 loop.time() 和 asyncio.sleep
    bucket = TokenBucket(100, 1)  # 每 0.01 秒补一个令牌
    for _ in range(3):
        await bucket.acquire()
    print("真实时钟：3 个请求都已放行")
    #> 真实时钟：3 个请求都已放行


asyncio.run(main())
