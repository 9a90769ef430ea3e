# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def hedged(attempt, *, delay, attempts):
    """Send a request; if it has not answered within delay seconds, or
    it failed, send another.

    attempt(n) returns the coroutine of attempt n. The first successful
    answer wins; the other attempts are cancelled and awaited. If all
    fail, raise an ExceptionGroup.
    """
    tasks, errors = [], []
    try:
        while True:
            if len(tasks) < attempts:
                tasks.append(asyncio.create_task(attempt(len(tasks) + 1)))
            running = [t for t in tasks if not t.done()]
            if not running:
                raise ExceptionGroup("all attempts failed", errors)
            more = len(tasks) < attempts
            done, _ = await asyncio.wait(
                running,
                timeout=delay if more else None,
                return_when=asyncio.FIRST_COMPLETED,
            )
            for t in tasks:  # check in the order sent: deterministic
                if t in done:
                    if t.exception() is None:
                        return t.result()
                    errors.append(t.exception())
            # a timeout or a failure: back to the top, send another
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def backend(plan, log):
    """plan[n] decides how attempt n behaves: ok, slow or fail."""

    async def attempt(n):
        log.append(f"sent {n}")
        try:
            if plan[n] == "slow":
                await asyncio.sleep(10)  # far longer than delay
            await asyncio.sleep(0)
            if plan[n] == "fail":
                raise ConnectionError(n)
            return f"answer {n}"
        except asyncio.CancelledError:
            log.append(f"cancelled {n}")
            raise

    return attempt


async def main():
    for plan in (
        {1: "ok", 2: "ok"},  # the first attempt answers in time
        {1: "slow", 2: "ok"},  # the first is too slow: send another
        {1: "fail", 2: "ok"},  # the first fails: send another at once
    ):
        log = []
        answer = await hedged(backend(plan, log), delay=0.05, attempts=2)
        print(f"{answer}; {log}")
        #> answer 1; ['sent 1']
        #> answer 2; ['sent 1', 'sent 2', 'cancelled 1']
        #> answer 2; ['sent 1', 'sent 2']

    log = []
    try:
        await hedged(
            backend({1: "fail", 2: "fail"}, log), delay=0.05, attempts=2
        )
    except ExceptionGroup as eg:
        names = [type(e).__name__ for e in eg.exceptions]
        print(f"all failed: {names}")
        #> all failed: ['ConnectionError', 'ConnectionError']
        print(f"log: {log}")
        #> log: ['sent 1', 'sent 2']

    # the caller is cancelled while both attempts wait
    log = []
    caller = asyncio.create_task(
        hedged(backend({1: "slow", 2: "slow"}, log), delay=0.05, attempts=2)
    )
    while len(log) < 2:
        await asyncio.sleep(0.01)
    caller.cancel()
    await asyncio.gather(caller, return_exceptions=True)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(f"caller cancelled: {caller.cancelled()}; left: {len(others)}")
    #> caller cancelled: True; left: 0
    print(f"log: {log}")
    #> log: ['sent 1', 'sent 2', 'cancelled 1', 'cancelled 2']


asyncio.run(main())
