"""A bounded buffer guarded by a Condition: producers wait while full, consumers while empty, notify() one at a time."""
import asyncio

CAPACITY = 2


async def producer(name, cond, buf, items):
    for item in items:
        async with cond:
            while len(buf) >= CAPACITY:
                print(f"{name} waits (full)")
                await cond.wait()
            buf.append(item)
            print(f"{name} put {item} -> {buf}")
            cond.notify()
        await asyncio.sleep(0)


async def consumer(name, cond, buf, count, got, pause):
    for _ in range(count):
        async with cond:
            while not buf:
                print(f"{name} waits (empty)")
                await cond.wait()
            item = buf.pop(0)
            got.append(item)
            print(f"{name} took {item} -> {buf}")
            cond.notify()
        await asyncio.sleep(pause)


async def main():
    cond = asyncio.Condition()
    buf, got = [], []
    await asyncio.gather(
        consumer("c1", cond, buf, 3, got, 0.04),
        producer("p1", cond, buf, ["a", "b", "c"]),
        producer("p2", cond, buf, ["x", "y", "z"]),
        consumer("c2", cond, buf, 3, got, 0.1),
    )
    print(sorted(got), buf)


asyncio.run(main())
