"""Tutorial style: several blocking downloads in threads, gathered, then the executor shut down."""
import asyncio
import time


def download(url, seconds):
    time.sleep(seconds)
    return len(url)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    urls = {"https://a.example": 0.3, "https://bb.example": 0.1, "https://ccc.example": 0.2}
    sizes = await asyncio.gather(*(asyncio.to_thread(download, u, s) for u, s in urls.items()))
    print(sizes)
    print(f"took about {loop.time() - start:.1f} s")
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, print, "never")
    except RuntimeError as exc:
        print("RuntimeError:", exc)

asyncio.run(main())
