"""A heartbeat every 0.03 s and a watchdog timeout of 0.03 s: does it ever fire?"""
import asyncio


async def beat(q):
    for i in range(3):
        await asyncio.sleep(0.03)
        q.put_nowait(i)


async def watchdog(q):
    got = []
    while len(got) < 3:
        try:
            got.append(await asyncio.wait_for(q.get(), 0.03))
            print("beat", got[-1])
        except asyncio.TimeoutError:
            print("watchdog timeout; queue size now", q.qsize())
    return got


async def main():
    q = asyncio.Queue()
    results = await asyncio.gather(beat(q), watchdog(q))
    print(results[1])


asyncio.run(main())
