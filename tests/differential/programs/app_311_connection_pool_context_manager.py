"""An async context manager that hands out connections from a small pool."""
import asyncio
import contextlib


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0

    async def query(self, sql):
        self.queries += 1
        await asyncio.sleep(0.01 * (len(sql) % 3 + 1))
        return f"conn{self.cid}: {sql}"


class Pool:
    def __init__(self, size):
        self._free = asyncio.Queue()
        for i in range(size):
            self._free.put_nowait(Connection(i))

    @contextlib.asynccontextmanager
    async def acquire(self, who):
        conn = await self._free.get()
        print(f"{who} acquired conn{conn.cid}")
        try:
            yield conn
        finally:
            print(f"{who} released conn{conn.cid}")
            self._free.put_nowait(conn)


async def client(pool, who, sql):
    async with pool.acquire(who) as conn:
        result = await conn.query(sql)
        print(result)


async def main():
    pool = Pool(2)
    await asyncio.gather(*(client(pool, f"c{i}", f"SELECT {i}") for i in range(5)))
    conns = []
    while not pool._free.empty():
        conns.append(pool._free.get_nowait())
    print(sorted((c.cid, c.queries) for c in conns))


asyncio.run(main())
