"""A leaky-bucket limiter: each permit is returned 0.03 s after it was taken (call_later)."""
import asyncio


class Limiter:
    def __init__(self, permits, period):
        self.sem = asyncio.Semaphore(permits)
        self.period = period

    async def __aenter__(self):
        await self.sem.acquire()
        asyncio.get_running_loop().call_later(self.period, self.sem.release)

    async def __aexit__(self, *exc):
        return False


async def send(limiter, i, t0):
    async with limiter:
        loop = asyncio.get_running_loop()
        print(f"message {i} sent in slot {round((loop.time() - t0) / 0.03)}")


async def main():
    limiter = Limiter(2, 0.03)
    t0 = asyncio.get_running_loop().time()
    await asyncio.gather(*(send(limiter, i, t0) for i in range(7)))


asyncio.run(main())
