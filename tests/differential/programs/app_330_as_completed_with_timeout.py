"""as_completed with a global timeout: report fast results, give up on the slow ones."""
import asyncio


async def ping(host, delay):
    await asyncio.sleep(delay)
    return host, round(delay * 1000)


async def main():
    hosts = {"alpha": 0.03, "beta": 0.01, "gamma": 0.2, "delta": 0.05, "eps": 0.3}
    tasks = [asyncio.create_task(ping(h, d)) for h, d in hosts.items()]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            host, ms = await fut
            got.append(host)
            print(f"{host} answered in {ms} ms")
    except asyncio.TimeoutError:
        print("timed out waiting for the rest")
    missing = [t for t in tasks if not t.done()]
    print(f"{len(got)} answered, {len(missing)} still pending")
    for t in missing:
        t.cancel()
    await asyncio.gather(*missing, return_exceptions=True)
    print("cancelled:", sum(t.cancelled() for t in tasks))


asyncio.run(main())
