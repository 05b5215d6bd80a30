"""Two periodic tasks, one every 0.2 s and one every 0.3 s, both print at 0.6 s; and a stopper at 0.6 s
cancels both: the order at the shared instants follows how late each chain's deadlines are."""
import asyncio

async def every(period, name, log):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
            log.append(f"{name}{n}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    a = asyncio.create_task(every(0.2, "A", log))
    b = asyncio.create_task(every(0.3, "B", log))
    await asyncio.sleep(0.65)
    a.cancel(); b.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(log)

asyncio.run(main())
