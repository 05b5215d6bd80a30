"""A TaskGroup child runs a gather of two jobs; another child fails: the gather's task is cancelled, which
cancels both gathered jobs; the group raises the failure."""
import asyncio

async def job(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise

async def gatherer():
    try:
        return await asyncio.gather(job(1), job(2))
    except asyncio.CancelledError:
        print("gatherer cancelled")
        raise

async def failer():
    await asyncio.sleep(0.5)
    raise RuntimeError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(gatherer())
            tg.create_task(failer())
    except* RuntimeError as eg:
        print("group failed:", eg.exceptions)

asyncio.run(main())
