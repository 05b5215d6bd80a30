"""A lock holder sleeps 0.3 s; one iteration later three tasks try to take the lock, each within its own
asyncio.timeout (0.1, 0.3, 0.5 s). The 0.3 s timeout was set after the holder's sleep, so on a real clock its
deadline is a little later: the holder releases first, in the same loop iteration, and b still gives up."""
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.3)
        print("holder releasing")

async def impatient(lock, name, seconds):
    try:
        async with asyncio.timeout(seconds):
            async with lock:
                print(name, "got the lock")
    except TimeoutError:
        print(name, "gave up")

async def main():
    lock = asyncio.Lock()
    task = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    await asyncio.gather(*(impatient(lock, name, s) for name, s in [("a", 0.1), ("b", 0.3), ("c", 0.5)]))
    await task

asyncio.run(main())
