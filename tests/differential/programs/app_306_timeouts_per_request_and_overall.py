"""A timeout per request plus an overall asyncio.timeout around the batch."""
import asyncio


async def request(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name}: ok"
    finally:
        print(f"{name} finished or was cancelled")


async def guarded(name, delay):
    try:
        return await asyncio.wait_for(request(name, delay), timeout=0.04)
    except TimeoutError:
        return f"{name}: request timed out"


async def main():
    try:
        async with asyncio.timeout(0.1):
            for name, delay in [("r1", 0.01), ("r2", 0.06), ("r3", 0.02), ("r4", 0.03), ("r5", 0.02)]:
                print(await guarded(name, delay))
    except TimeoutError:
        print("overall deadline exceeded")
    print("done")


asyncio.run(main())
