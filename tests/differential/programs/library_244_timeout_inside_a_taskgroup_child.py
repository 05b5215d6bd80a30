"""A child's own timeout makes a TimeoutError that aborts its TaskGroup like any other error."""
import asyncio

async def fetch(n, limit):
    async with asyncio.timeout(limit):
        await asyncio.sleep(n)
        return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(fetch(0.01, 1))
            b = tg.create_task(fetch(0.5, 0.05))
            c = tg.create_task(fetch(0.2, 1))
    except* TimeoutError as eg:
        print("timeouts:", len(eg.exceptions), repr(eg.exceptions[0]))
    print(a.result(), b.done() and type(b.exception()).__name__, c.cancelled())

asyncio.run(main())
