"""A cache that de-duplicates concurrent requests for the same key with a shared future."""
import asyncio

backend_calls = []


async def slow_lookup(key):
    backend_calls.append(key)
    await asyncio.sleep(0.03)
    return key.upper() * 2


class Cache:
    def __init__(self):
        self.values = {}
        self.inflight = {}

    async def get(self, key):
        if key in self.values:
            return self.values[key], "hit"
        if key in self.inflight:
            return await self.inflight[key], "joined"
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        try:
            value = await slow_lookup(key)
            self.values[key] = value
            fut.set_result(value)
            return value, "miss"
        finally:
            del self.inflight[key]


async def client(cache, cid, key, delay):
    await asyncio.sleep(delay)
    value, how = await cache.get(key)
    print(f"client {cid}: {key} = {value} ({how})")


async def main():
    cache = Cache()
    await asyncio.gather(client(cache, 1, "ab", 0), client(cache, 2, "ab", 0.01), client(cache, 3, "cd", 0.01),
                         client(cache, 4, "ab", 0.05), client(cache, 5, "cd", 0.02))
    print("backend calls:", backend_calls)


asyncio.run(main())
