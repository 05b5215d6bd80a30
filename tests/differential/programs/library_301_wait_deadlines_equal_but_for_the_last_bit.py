"""A job sleeps 0.2 s from 0.4 (deadline 0.4 + 0.2 = 0.6000000000000001); a tenth of a second later main waits
for it with a timeout of 0.1 (deadline 0.5 + 0.1 = 0.6). Which float is smaller says nothing about which
deadline a real clock reaches first: the job's was read first, so it finishes before the wait gives up.
Then the same with the deadlines the other way round, and with the two read in one iteration."""
import asyncio

async def job(seconds, name):
    await asyncio.sleep(seconds)
    return name

async def main():
    await asyncio.sleep(0.4)
    first = asyncio.create_task(job(0.2, "first"))
    await asyncio.sleep(0.1)
    done, pending = await asyncio.wait([first], timeout=0.1)
    print("first", "done" if first in done else "pending")
    await first
    await asyncio.sleep(0.1)   # 0.7
    second = asyncio.create_task(job(0.1 + 0.2, "second"))   # 0.7 + 0.30000000000000004
    await asyncio.sleep(0.2)   # 0.9
    done, pending = await asyncio.wait([second], timeout=0.1)  # 0.9 + 0.1 = 1.0
    print("second", "done" if second in done else "pending")
    third = asyncio.create_task(job(0.3, "third"))
    done, pending = await asyncio.wait([third], timeout=0.1 + 0.2)
    print("third", "done" if third in done else "pending")
    await third

asyncio.run(main())
