import asyncio

opened = []  # every connection opened; main() plays the peer and feeds them


class Connection:
    def __init__(self):
        self.reader = asyncio.StreamReader()
        self.closed = False
        opened.append(self)

    async def request(self):
        # real code writes the request, then reads the reply: 12 bytes here
        return await self.reader.readexactly(12)


class Pool:
    def __init__(self):
        self.idle = []

    def acquire(self):
        return self.idle.pop() if self.idle else Connection()


async def fetch(pool):
    conn = pool.acquire()
    try:
        reply = await conn.request()
    except BaseException:  # CancelledError included
        conn.closed = True  # part of this reply may still be on the wire
        raise  # then let the cancellation go on
    pool.idle.append(conn)  # back to the pool only after a complete reply
    return reply


async def cancel_midway(coro):
    """The request is out, half the reply is in, and the caller gives up."""
    task = asyncio.create_task(coro)
    await asyncio.sleep(0)  # the request starts waiting for its reply
    opened[-1].reader.feed_data(b"user1=")  # first half of reply 1
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def main():
    # 1. After the cancellation, reuse the connection as it is
    conn = Connection()
    await cancel_midway(conn.request())
    conn.reader.feed_data(b"Alice;user2=Bobby;")  # rest of reply 1, reply 2
    print(f"reused as is: request 2 reads {await conn.request()!r}")
    #> reused as is: request 2 reads b'user1=Alice;'

    # 2. Drain the buffer first, then reuse
    conn = Connection()
    await cancel_midway(conn.request())
    drained = await conn.reader.read(100)  # read what has arrived so far
    conn.reader.feed_data(b"Alice;user2=Bobby;")  # the rest arrives later
    print(f"drained {drained!r}: request 2 reads {await conn.request()!r}")
    #> drained b'user1=': request 2 reads b'Alice;user2='

    # 3. Close on cancellation; back to the pool only on success
    pool = Pool()
    await cancel_midway(fetch(pool))
    closed, idle = opened[-1].closed, len(pool.idle)
    print(f"after the cancellation: closed {closed}, idle connections {idle}")
    #> after the cancellation: closed True, idle connections 0
    task = asyncio.create_task(fetch(pool))
    await asyncio.sleep(0)  # fetch opened a new connection
    opened[-1].reader.feed_data(b"user2=Bobby;")
    reply = await task
    print(f"new connection: request 2 reads {reply!r}, idle {len(pool.idle)}")
    #> new connection: request 2 reads b'user2=Bobby;', idle 1


asyncio.run(main())
