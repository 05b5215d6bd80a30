"""A fixed pool of workers pulls URLs from a queue and stores results in a dict."""
import asyncio

URLS = [f"https://example.com/page{i}" for i in range(7)]


async def fake_get(url):
    n = int(url[-1])
    await asyncio.sleep(0.01 + (n % 3) * 0.015)
    if n == 5:
        raise IOError(f"503 for {url}")
    return 200, len(url) + n


async def worker(wid, queue, results):
    while True:
        url = await queue.get()
        try:
            status, size = await fake_get(url)
            results[url] = (status, size)
            print(f"worker {wid}: {url[-5:]} -> {status} ({size} bytes)")
        except IOError as exc:
            results[url] = ("error", str(exc))
            print(f"worker {wid}: {url[-5:]} failed")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for url in URLS:
        queue.put_nowait(url)
    results = {}
    workers = [asyncio.create_task(worker(i, queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    ok = sum(1 for r in results.values() if r[0] == 200)
    print(f"{ok}/{len(URLS)} ok; errors: {[u[-5:] for u, r in results.items() if r[0] != 200]}")


asyncio.run(main())
