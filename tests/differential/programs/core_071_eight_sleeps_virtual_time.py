import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(8):
        await asyncio.sleep(0.01)
    print("eight sleeps of 0.01:", round(loop.time() - start, 1))
    t0 = loop.time()
    h = loop.call_at(t0 + 0.02, print, "call_at fired")
    print("handle when() relative:", round(h.when() - t0, 2))
    await asyncio.sleep(0.03)
    past = loop.call_at(t0 - 10, print, "deadline in the past fires at once")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
