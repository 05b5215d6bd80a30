"""Download pool limited to 2 concurrent requests with a Semaphore."""
import asyncio

LATENCY = {"a.com": 0.05, "b.com": 0.02, "c.com": 0.03, "d.com": 0.01, "e.com": 0.04}
active = 0
peak = 0


async def fetch(sem, url):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {url} (active={active})")
        await asyncio.sleep(LATENCY[url])
        active -= 1
        print(f"done  {url}")
        return len(url) * 100


async def main():
    sem = asyncio.Semaphore(2)
    sizes = await asyncio.gather(*(fetch(sem, u) for u in LATENCY))
    print("sizes:", sizes)
    print("peak concurrency:", peak)


asyncio.run(main())
