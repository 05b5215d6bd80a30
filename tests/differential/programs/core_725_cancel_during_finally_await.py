"""A task cancelled while awaiting in its finally block (after a first cancellation): the second
CancelledError replaces the first, and the rest of the finally is skipped."""
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup starts")
        try:
            await asyncio.sleep(1)
            print("cleanup finished")
        except asyncio.CancelledError as e:
            print("cleanup interrupted", e.args)
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel("first")
    await asyncio.sleep(0.1)
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args, t.cancelling())

asyncio.run(main())
