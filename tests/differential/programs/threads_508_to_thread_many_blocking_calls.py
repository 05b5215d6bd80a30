"""to_thread for several blocking calls at once: they overlap, so the total is the longest, not the sum."""
import asyncio
import time


def blocking_download(name, seconds):
    time.sleep(seconds)
    return f"{name}: {seconds}s"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_download, "a", 0.3),
        asyncio.to_thread(blocking_download, "b", 0.1),
        asyncio.to_thread(blocking_download, "c", 0.2),
    )
    print(results)
    print(f"took about {round(loop.time() - start, 1)}s")

asyncio.run(main())
