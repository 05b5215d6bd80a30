"""Retry with exponential backoff and (seeded) jitter around a flaky call, each attempt under its own timeout."""
import asyncio
import random


class Flaky:
    def __init__(self, outcomes):
        self.outcomes = list(outcomes)
        self.calls = 0

    async def __call__(self):
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if outcome == "hang":
            await asyncio.sleep(10)
        await asyncio.sleep(0.05)
        if outcome == "error":
            raise ConnectionResetError("peer reset")
        return f"payload after {self.calls} calls"


async def retry(call, attempts=5, base=0.1, timeout=0.3):
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(timeout):
                return await call()
        except (ConnectionError, TimeoutError) as e:
            delay = base * 2 ** (attempt - 1) + round(random.uniform(0, 0.04), 2)
            print(f"  attempt {attempt} failed: {type(e).__name__} {e}; "
                  f"retrying in {delay:.2f}")
            await asyncio.sleep(delay)
    raise RuntimeError(f"gave up after {attempts} attempts")


async def main():
    random.seed(7)
    for outcomes in (["ok"], ["error", "hang", "ok"], ["error"] * 5):
        print("outcomes", outcomes)
        try:
            print("  ->", await retry(Flaky(outcomes)))
        except RuntimeError as e:
            print("  ->", e)


asyncio.run(main())
