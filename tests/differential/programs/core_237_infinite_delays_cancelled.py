import asyncio


async def forever():
    try:
        await asyncio.sleep(float("inf"))
    except asyncio.CancelledError:
        print("forever cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(float("inf"), print, "never")
    print("when", h.when())
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    async with asyncio.timeout(float("inf")) as cm:
        await asyncio.sleep(0.01)
    print("timeout(inf) expired?", cm.expired(), cm.when())
    print(await asyncio.wait_for(asyncio.sleep(0.01, "in time"), float("inf")))
    h.cancel()
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("main returns; run() cancels the sleeper")


asyncio.run(main())
