"""Three pipeline stages connected by queues, shut down by passing a sentinel along."""
import asyncio

DONE = object()


async def download(urls, out):
    for url in urls:
        await asyncio.sleep(0.02)
        print(f"downloaded {url}")
        await out.put(f"<html>{url}</html>")
    await out.put(DONE)


async def parse(inp, out):
    while (page := await inp.get()) is not DONE:
        await asyncio.sleep(0.035)
        title = page[6:-7].split("/")[-1]
        print(f"  parsed {title}")
        await out.put(title)
    await out.put(DONE)


async def store(inp, db):
    while (title := await inp.get()) is not DONE:
        db.append(title)
        print(f"    stored {title} ({len(db)} total)")


async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue()
    db = []
    await asyncio.gather(download(["site/a", "site/b", "site/c", "site/d"], q1), parse(q1, q2), store(q2, db))
    print("db:", db)


asyncio.run(main())
