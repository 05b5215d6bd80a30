"""wait(FIRST_EXCEPTION) where nothing raises waits for all; with a timeout reached first it returns the
sets as they are; done sets printed sorted by result."""
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    ts = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))
    ts = [asyncio.create_task(job(n)) for n in (3, 1, 5)]
    done, pending = await asyncio.wait(ts, timeout=0.35, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
