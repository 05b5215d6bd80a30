"""Graceful shutdown: stop signal, cancel workers, gather with return_exceptions, cleanup."""
import asyncio


async def worker(n, stop):
    count = 0
    try:
        while not stop.is_set():
            await asyncio.sleep(0.02 + n * 0.005)
            count += 1
        print(f"worker {n} saw the stop flag after {count} rounds")
        return count
    except asyncio.CancelledError:
        print(f"worker {n} cancelled after {count} rounds")
        raise
    finally:
        print(f"worker {n} cleanup")


async def main():
    stop = asyncio.Event()
    tasks = [asyncio.create_task(worker(n, stop), name=f"worker-{n}") for n in range(3)]
    await asyncio.sleep(0.05)
    print("requesting shutdown")
    stop.set()
    await asyncio.sleep(0.021)
    pending = [t for t in tasks if not t.done()]
    print("still running:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), "->", repr(r) if not isinstance(r, BaseException) else type(r).__name__)


asyncio.run(main())
