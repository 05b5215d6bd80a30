"""asyncio.timeout around gather: on expiry the gather's children are cancelled (they say so) and
TimeoutError comes out; the fast child had finished."""
import asyncio

async def job(n):
    try:
        await asyncio.sleep(n)
        print("job", n, "done")
        return n
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.timeout(0.25):
            await asyncio.gather(job(0.1), job(0.3), job(0.5))
    except TimeoutError as e:
        print("TimeoutError", repr(e.__cause__) if e.__cause__ else None)

asyncio.run(main())
