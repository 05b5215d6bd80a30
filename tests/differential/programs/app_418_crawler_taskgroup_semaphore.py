"""A recursive crawler: TaskGroup spawns a task per new link, a Semaphore caps concurrency."""
import asyncio

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1"],
    "/c": [],
    "/a/1": ["/b"],
    "/a/2": [],
    "/b/1": ["/a/1"],
}


class Crawler:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.seen = set()
        self.order = []
        self.max_active = self.active = 0

    async def fetch(self, url):
        async with self.sem:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            await asyncio.sleep(0.01 * (1 + len(url) % 3))
            self.active -= 1
            self.order.append(url)
            return SITE[url]

    async def crawl(self, url, tg):
        for link in await self.fetch(url):
            if link not in self.seen:
                self.seen.add(link)
                tg.create_task(self.crawl(link, tg))


async def main():
    c = Crawler(limit=2)
    c.seen.add("/")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(c.crawl("/", tg))
    print("fetch order:", c.order)
    print("pages:", len(c.order), "max concurrent:", c.max_active)


asyncio.run(main())
