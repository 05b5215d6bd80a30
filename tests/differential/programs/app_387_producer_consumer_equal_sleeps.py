"""Producer and two consumers that all sleep the same amount (ties everywhere)."""
import asyncio


async def producer(q):
    for i in range(5):
        await asyncio.sleep(0.02)
        await q.put(i)
        print(f"produced {i}")
    for _ in range(2):
        await q.put(None)


async def consumer(name, q):
    while (item := await q.get()) is not None:
        print(f"{name} consuming {item}")
        await asyncio.sleep(0.02)
        print(f"{name} consumed {item}")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer("c1", q), consumer("c2", q))


asyncio.run(main())
