"""A read-modify-write counter with an await in the middle: unprotected vs Lock-protected."""
import asyncio

unsafe = 0
safe = 0


async def unsafe_increment():
    global unsafe
    value = unsafe
    await asyncio.sleep(0)
    unsafe = value + 1


async def safe_increment(lock):
    global safe
    async with lock:
        value = safe
        await asyncio.sleep(0)
        safe = value + 1


async def main():
    await asyncio.gather(*(unsafe_increment() for _ in range(100)))
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(lock) for _ in range(100)))
    print("unprotected counter:", unsafe)
    print("locked counter:", safe)


asyncio.run(main())
