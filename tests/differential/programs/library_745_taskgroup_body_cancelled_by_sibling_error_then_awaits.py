"""A child fails while the body awaits: the body gets CancelledError, catches it and awaits again in an
except block (a sleep) before re-raising; the group waits for it and then raises the child's error."""
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled, cancelling:", asyncio.current_task().cancelling())
                await asyncio.sleep(0.2)
                print("body cleanup done")
                raise
    except* KeyError as eg:
        print("group raised", eg.exceptions, "cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
