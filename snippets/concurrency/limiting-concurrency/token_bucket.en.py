import asyncio


class TokenBucket:
    """Token bucket: adds `rate` tokens a second, holds at most `capacity`.

    Each request first awaits acquire() to take a token, waiting for a
    refill when there is none. clock and sleep default to the event loop's
    clock and asyncio.sleep; tests may pass others.
    """

    def __init__(self, rate, capacity, *, clock=None, sleep=asyncio.sleep):
        self.rate = rate
        self.capacity = capacity
        self._clock = clock or asyncio.get_running_loop().time
        self._sleep = sleep
        self._tokens = capacity  # the bucket starts full
        self._updated = self._clock()
        self._lock = asyncio.Lock()  # waiters queue first come, first served

    def _refill(self):
        now = self._clock()
        elapsed = now - self._updated
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now

    async def acquire(self):
        async with self._lock:
            self._refill()
            while self._tokens < 1:
                # a cancel lands here: the lock is released, no token taken
                await self._sleep((1 - self._tokens) / self.rate)
                self._refill()
            self._tokens -= 1


class FakeClock:
    """A fake clock for the demo: sleep() moves time on at once."""

    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    async def sleep(self, delay):
        self.now += delay
        await asyncio.sleep(0)


async def main():
    # 1. 2 a second, bursts of 2: in which second do 8 requests pass?
    clock = FakeClock()
    bucket = TokenBucket(2, 2, clock=clock.time, sleep=clock.sleep)
    per_second = {}

    async def request():
        await bucket.acquire()
        second = int(clock.now)
        per_second[second] = per_second.get(second, 0) + 1

    await asyncio.gather(*(request() for _ in range(8)))
    print(f"passed per second: {per_second}")
    #> passed per second: {0: 3, 1: 2, 2: 2, 3: 1}

    # 2. A waiting request is cancelled: the lock is freed, the next one
    #    still gets its token
    clock = FakeClock()
    bucket = TokenBucket(2, 1, clock=clock.time, sleep=clock.sleep)
    await bucket.acquire()  # take the only token
    waiting = asyncio.create_task(bucket.acquire())
    after = asyncio.create_task(bucket.acquire())
    await asyncio.sleep(0)  # waiting holds the lock, waits for a token
    waiting.cancel()
    await asyncio.gather(waiting, return_exceptions=True)
    print(f"waiting request cancelled: {waiting.cancelled()}")
    #> waiting request cancelled: True
    await after
    print(f"next request got a token: {after.done()}")
    #> next request got a token: True

    # 3. Real code passes no clock or sleep: loop.time() and asyncio.sleep
    bucket = TokenBucket(100, 1)  # one token every 0.01 s
    for _ in range(3):
        await bucket.acquire()
    print("real clock: all 3 requests passed")
    #> real clock: all 3 requests passed


asyncio.run(main())
