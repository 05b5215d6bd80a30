"""A caller awaiting shield(inner) is cancelled: the caller sees CancelledError, inner finishes anyway and
its result stays available on the task."""
import asyncio

async def save():
    await asyncio.sleep(0.3)
    print("saved")
    return "ok"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner done?", inner.done())
        raise

async def main():
    inner = asyncio.create_task(save())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0.5)
    print(c.cancelled(), inner.result())

asyncio.run(main())
