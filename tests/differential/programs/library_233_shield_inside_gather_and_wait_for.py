import asyncio


async def important(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    protected = asyncio.create_task(important("protected", 0.03))
    g = asyncio.gather(asyncio.shield(protected), important("plain", 0.03))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(await protected)
    t = asyncio.create_task(important("slowpoke", 0.03))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out, slowpoke still running:", not t.done())
    print(await t)


asyncio.run(main())
