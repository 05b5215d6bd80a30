import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.05)
    await asyncio.sleep(0.05)
    print("after two sleeps:", round(loop.time() - start, 1))
    t0 = loop.time()
    await asyncio.gather(asyncio.sleep(0.02), asyncio.sleep(0.04), asyncio.sleep(0.03))
    print("gather of sleeps:", round(loop.time() - t0, 1))
    t1 = loop.time()
    for _ in range(5):
        await asyncio.sleep(0)
    print("sleep(0) x5:", round(loop.time() - t1, 1))


asyncio.run(main())
