import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("inside, expired?", cm.expired())
            try:
                await asyncio.sleep(0.05)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("TimeoutError, expired?", cm.expired())
    async with asyncio.timeout(0.05) as cm2:
        await asyncio.sleep(0.01)
    print("no timeout, expired?", cm2.expired())
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.01)
    print("when for None:", cm3.when())


asyncio.run(main())
