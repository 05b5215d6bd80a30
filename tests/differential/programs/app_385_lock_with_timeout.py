"""Trying to take a busy lock with a timeout; the holder is slow."""
import asyncio


async def holder(lock):
    async with lock:
        print("holder: got the lock, working for 0.05s")
        await asyncio.sleep(0.05)
        print("holder: releasing")


async def impatient(lock, name, patience):
    try:
        async with asyncio.timeout(patience):
            async with lock:
                print(f"{name}: got the lock")
                await asyncio.sleep(0.01)
    except TimeoutError:
        print(f"{name}: gave up after {patience}s, lock held: {lock.locked()}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), impatient(lock, "A", 0.02), impatient(lock, "B", 0.08),
                         impatient(lock, "C", 0.1))
    print("lock free at the end:", not lock.locked())


asyncio.run(main())
