"""A coroutine that never awaits starves the others; sprinkling sleep(0) lets them in (the "why is my task never run" thread)."""
import asyncio
import time


async def heartbeat(log):
    while True:
        log.append("beat")
        await asyncio.sleep(0)


async def busy(n, yield_every):
    total = 0
    for i in range(n):
        total += i
        if yield_every and i % yield_every == 0:
            await asyncio.sleep(0)
    return total


async def main():
    log = []
    hb = asyncio.create_task(heartbeat(log))
    print(await busy(1000, 0), "beats while busy without yielding:", len(log))
    log.clear()
    print(await busy(1000, 250), "beats with a yield every 250:", len(log))
    log.clear()
    t0 = time.monotonic()
    time.sleep(0.2)
    print(f"time.sleep blocked for {time.monotonic() - t0:.1f}s, beats meanwhile: {len(log)}")
    await asyncio.sleep(0)
    print("beats after one yield:", len(log))
    hb.cancel()


asyncio.run(main())
