"""Request ids propagated through a call chain with contextvars."""
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def query_db(table):
    await asyncio.sleep(0.01)
    log(f"queried {table}")
    return 3


async def render(n):
    await asyncio.sleep(0.005)
    log(f"rendered {n} rows")


async def handle(rid, table, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    log("handling")
    n = await query_db(table)
    sub = asyncio.create_task(render(n))
    await sub
    log("done")


async def main():
    log("server start")
    await asyncio.gather(handle("req-1", "users", 0.05), handle("req-2", "orders", 0.0),
                         handle("req-3", "items", 0.025))
    log("server stop")


asyncio.run(main())
