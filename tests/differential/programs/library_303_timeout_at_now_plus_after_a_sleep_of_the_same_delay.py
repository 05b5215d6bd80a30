"""library_300 with timeout_at(loop.time() + seconds), a plain call_at deadline: read an iteration after the
holder's sleep(0.3) began, it comes a little later on a real clock, so the holder releases first and b, whose
deadline fires in the same iteration, still gives up."""
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.3)
        print("holder releasing")

async def impatient(lock, name, seconds):
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + seconds):
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
