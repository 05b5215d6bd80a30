"""gather(return_exceptions=True) with a child cancelled on its own: the result list holds a CancelledError
in its place; without return_exceptions gather itself raises CancelledError."""
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    a, b = asyncio.create_task(job(1)), asyncio.create_task(job(2))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.5)
    b.cancel("stop b")
    print([repr(r) for r in await g])
    c, d = asyncio.create_task(job(1)), asyncio.create_task(job(2))
    g2 = asyncio.gather(c, d)
    await asyncio.sleep(0.5)
    c.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, d.cancelled())
    print(await d)

asyncio.run(main())
