"""Tutorial: wrapping a blocking client library for asyncio with run_in_executor and a semaphore."""
import asyncio
import concurrent.futures
import time


class BlockingClient:
    def fetch(self, key):
        time.sleep(0.1 * len(key))
        return key.upper()


class AsyncClient:
    def __init__(self, pool, limit):
        self._client = BlockingClient()
        self._pool = pool
        self._limit = asyncio.Semaphore(limit)

    async def fetch(self, key):
        async with self._limit:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._pool, self._client.fetch, key)


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        client = AsyncClient(pool, limit=2)
        loop = asyncio.get_running_loop()
        start = loop.time()

        async def timed(key):
            value = await client.fetch(key)
            print(value, round(loop.time() - start, 1))
            return value

        print(await asyncio.gather(*(timed(k) for k in ("abcd", "e", "fg", "hij"))))

asyncio.run(main())
