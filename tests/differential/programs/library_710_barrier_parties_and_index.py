"""Barrier(3): each wait() returns the arrival index; n_waiting grows as they arrive; after the round the
barrier is reusable; an abort breaks the waiters with BrokenBarrierError."""
import asyncio

async def party(b, name, d):
    await asyncio.sleep(d)
    print(name, "arrives, waiting", b.n_waiting)
    i = await b.wait()
    print(name, "passes with index", i)

async def breaker(b, name):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print(name, "broken")

async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(*(party(b, n, d) for n, d in (("x", 0.2), ("y", 0.1), ("z", 0.3))))
    print("parties", b.parties, "broken", b.broken)
    ts = [asyncio.create_task(breaker(b, n)) for n in "pq"]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    print("broken", b.broken)
    await b.reset()
    print("after reset broken", b.broken)

asyncio.run(main())
