"""Collect what finishes before an overall deadline; the rest are cancelled by asyncio.timeout."""
import asyncio

results = {}


async def scrape(site, delay, sem):
    async with sem:
        await asyncio.sleep(delay)
        results[site] = f"{site}: {int(delay * 1000)} ms"
        print("scraped", site)


async def main():
    sem = asyncio.Semaphore(2)
    sites = [("a", 0.02), ("b", 0.03), ("c", 0.015), ("d", 0.05), ("e", 0.01)]
    try:
        async with asyncio.timeout(0.06):
            async with asyncio.TaskGroup() as tg:
                for site, delay in sites:
                    tg.create_task(scrape(site, delay, sem))
    except TimeoutError:
        print("deadline reached")
    print("partial results:", sorted(results.values()))
    print("missing:", sorted(s for s, _ in sites if s not in results))


asyncio.run(main())
