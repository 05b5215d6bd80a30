"""BoundedSemaphore: releasing more than acquired raises ValueError; a Semaphore does not and its value
grows; locked() follows the value."""
import asyncio

async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("bounded:", e)
    s = asyncio.Semaphore(1)
    s.release()
    print("semaphore locked?", s.locked())
    await s.acquire(); await s.acquire()
    print("after two acquires locked?", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)

asyncio.run(main())
