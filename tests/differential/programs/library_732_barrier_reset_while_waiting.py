"""Barrier.reset() while two parties wait: they get BrokenBarrierError; the barrier is usable again at
once for a full round."""
import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print(name, "passed", i)
    except asyncio.BrokenBarrierError:
        print(name, "broken")

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in "ab"]
    await asyncio.sleep(0)
    print("waiting", b.n_waiting)
    await b.reset()
    await asyncio.gather(*ts)
    print("broken?", b.broken, "waiting", b.n_waiting)
    await asyncio.gather(*(party(b, n) for n in "xyz"))

asyncio.run(main())
