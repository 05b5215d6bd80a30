"""Rate limiting with a Semaphore: at most two "downloads" at once, entry/exit order and peak concurrency."""
import asyncio

sem = asyncio.Semaphore(2)
active = 0
peak = 0


async def fetch(url, seconds):
    global active, peak
    print(f"{url}: waiting (locked={sem.locked()})")
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{url}: downloading, {active} active")
        await asyncio.sleep(seconds)
        active -= 1
        print(f"{url}: done")
    return len(url)


async def main():
    urls = {"/a": 0.3, "/bb": 0.1, "/ccc": 0.2, "/dddd": 0.1, "/eeeee": 0.05}
    sizes = await asyncio.gather(*(fetch(u, s) for u, s in urls.items()))
    print("sizes:", sizes, "peak:", peak)


asyncio.run(main())
