"""Two children of a TaskGroup fail at different times, a third is cancelled by the first failure: the
ExceptionGroup lists only the errors, in the order they happened; the second one never happens."""
import asyncio

async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc

async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.2, KeyError("b")))
            tg.create_task(fail(0.1, ValueError("a")))
            tg.create_task(fail(0.1, TypeError("c")))
            tg.create_task(slow())
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)

asyncio.run(main())
