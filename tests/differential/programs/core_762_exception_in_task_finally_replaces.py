"""A task cancelled while sleeping whose finally raises ValueError: the task ends failed with ValueError
(not cancelled), its __context__ is the CancelledError; cancelling() still counts the request."""
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        raise ValueError("cleanup broke")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except ValueError as e:
        print("ValueError:", e, "context:", repr(e.__context__))
    print("cancelled?", t.cancelled(), "cancelling:", t.cancelling(), repr(t.exception()))

asyncio.run(main())
