"""Producer and consumers in a TaskGroup with a small bounded queue and one None sentinel per worker."""
import asyncio

NUM_WORKERS = 3


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i}")
    for _ in range(NUM_WORKERS):
        await q.put(None)
    print("producer done")


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        if item is None:
            print(f"{name} stops")
            break
        print(f"{name} got {item}")
        seen[name] = seen.get(name, 0) + 1
        await asyncio.sleep(0.1)


async def main():
    q = asyncio.Queue(maxsize=2)
    seen = {}
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(q, 7))
        for i in range(NUM_WORKERS):
            tg.create_task(consumer(f"w{i}", q, seen))
    print(seen)


asyncio.run(main())
