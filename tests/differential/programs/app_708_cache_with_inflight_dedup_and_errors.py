"""A cache that shares one in-flight future per key between concurrent callers; a failing fetch fails all
its waiters with the same exception and is not cached, so a later call fetches again."""
import asyncio

class Cache:
    def __init__(self):
        self.data, self.inflight, self.fetches = {}, {}, 0
    async def get(self, key):
        if key in self.data:
            return self.data[key]
        if key in self.inflight:
            return await self.inflight[key]
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        try:
            self.fetches += 1
            await asyncio.sleep(0.1)
            if key == "bad" and self.fetches < 3:
                raise KeyError(key)
            value = key.upper()
            self.data[key] = value
            fut.set_result(value)
            return value
        except Exception as e:
            fut.set_exception(e)
            raise
        finally:
            del self.inflight[key]

async def main():
    c = Cache()
    res = await asyncio.gather(c.get("a"), c.get("a"), c.get("bad"), c.get("bad"), return_exceptions=True)
    print(res, "fetches", c.fetches)
    print(await asyncio.gather(c.get("a"), c.get("bad"), return_exceptions=True), "fetches", c.fetches)

asyncio.run(main())
