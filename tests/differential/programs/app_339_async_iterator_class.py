"""A class-based async iterator (ticker) and an async context manager (timer)."""
import asyncio


class Ticker:
    def __init__(self, interval, count):
        self.interval = interval
        self.count = count
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.i += 1
        return self.i


class Timer:
    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        print("timer started")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        elapsed = asyncio.get_running_loop().time() - self.start
        print(f"timer stopped after {elapsed:.1f}s (exception: {exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError


async def main():
    async with Timer():
        async for n in Ticker(0.03, 3):
            print("tick", n)
    async with Timer():
        async for n in Ticker(0.01, 5):
            if n == 2:
                raise KeyError("stop early")
    print("KeyError was swallowed by the timer")


asyncio.run(main())
