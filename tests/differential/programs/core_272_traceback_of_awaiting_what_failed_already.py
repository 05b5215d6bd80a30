"""Awaiting a task or future that has already failed (or been cancelled) raises at the await itself: the
traceback lists the awaiting coroutine and where the error was raised, no frame of the loop's in between."""
import asyncio
import traceback


async def leaf():
    raise ValueError("leaf failed")


async def sleeper():
    await asyncio.sleep(1)


def frames(error):
    return [frame.name for frame in traceback.extract_tb(error.__traceback__)]


async def main():
    loop = asyncio.get_running_loop()
    failed = asyncio.create_task(leaf())
    await asyncio.sleep(0)
    try:
        await failed
    except ValueError as error:
        print("task that failed:", frames(error))
    future = loop.create_future()
    future.set_exception(KeyError("set"))
    try:
        await future
    except KeyError as error:
        print("future that failed:", frames(error))
    cancelled = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    cancelled.cancel()
    await asyncio.sleep(0)
    try:
        await cancelled
    except asyncio.CancelledError as error:
        print("task cancelled:", frames(error)[:1])
    try:
        print(await asyncio.gather(failed, future, return_exceptions=True))
        await asyncio.gather(failed)
    except ValueError as error:
        print("gather of a failed task:", frames(error))
    await failed


asyncio.run(main())
