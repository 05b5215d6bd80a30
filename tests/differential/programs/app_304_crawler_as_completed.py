"""Crawler simulation: fetch pages concurrently, handle them as they complete."""
import asyncio

PAGES = {
    "/": (0.03, ["/about", "/blog"]),
    "/about": (0.02, ["/team"]),
    "/blog": (0.05, ["/blog/1", "/blog/2"]),
    "/team": (0.01, []),
    "/blog/1": (0.04, []),
    "/blog/2": (0.02, ["/"]),
}


async def fetch(url):
    delay, links = PAGES[url]
    await asyncio.sleep(delay)
    return url, links


async def crawl(start):
    seen = {start}
    pending = [fetch(start)]
    depth = 0
    while pending:
        depth += 1
        next_round = []
        for fut in asyncio.as_completed(pending):
            url, links = await fut
            print(f"depth {depth}: fetched {url} -> {links}")
            for link in links:
                if link not in seen:
                    seen.add(link)
                    next_round.append(fetch(link))
        pending = next_round
    return sorted(seen)


async def main():
    pages = await crawl("/")
    print("crawled", len(pages), "pages:", pages)


asyncio.run(main())
