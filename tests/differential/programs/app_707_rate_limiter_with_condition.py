"""A token bucket refilled by a periodic task, with callers waiting on a Condition for tokens: the order
callers are served and when, and the refiller stopped at the end."""
import asyncio

class Bucket:
    def __init__(self, tokens):
        self.tokens = tokens
        self.cond = asyncio.Condition()
    async def take(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1
    async def refill(self, every):
        while True:
            await asyncio.sleep(every)
            async with self.cond:
                self.tokens += 1
                self.cond.notify()

async def caller(b, name, start):
    await b.take()
    print(name, "served at", round(asyncio.get_running_loop().time() - start, 1))

async def main():
    b = Bucket(2)
    start = asyncio.get_running_loop().time()
    r = asyncio.create_task(b.refill(0.3))
    await asyncio.gather(*(caller(b, f"c{i}", start) for i in range(5)))
    r.cancel()
    print("tokens left", b.tokens)

asyncio.run(main())
