"""Throttle: at most 3 calls per 0.05 s window, callers wait for a slot."""
import asyncio


class Throttle:
    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.calls = []
        self.lock = asyncio.Lock()

    async def __aenter__(self):
        loop = asyncio.get_running_loop()
        async with self.lock:
            while True:
                now = loop.time()
                self.calls = [t for t in self.calls if now - t < self.per]
                if len(self.calls) < self.rate:
                    self.calls.append(now)
                    return self
                await asyncio.sleep(self.per - (now - self.calls[0]))

    async def __aexit__(self, *exc):
        return False


async def call_api(throttle, i, t0):
    async with throttle:
        loop = asyncio.get_running_loop()
        print(f"call {i} at window {int((loop.time() - t0) / 0.05 + 1e-6)}")


async def main():
    loop = asyncio.get_running_loop()
    throttle = Throttle(3, 0.05)
    t0 = loop.time()
    await asyncio.gather(*(call_api(throttle, i, t0) for i in range(8)))
    print("all calls made")


asyncio.run(main())
