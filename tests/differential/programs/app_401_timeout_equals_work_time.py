"""What happens when the timeout equals the work time? (wait_for, asyncio.timeout, wait)"""
import asyncio


async def work(d):
    await asyncio.sleep(d)
    return "finished"


async def main():
    try:
        print("wait_for:", await asyncio.wait_for(work(0.05), timeout=0.05))
    except asyncio.TimeoutError:
        print("wait_for: timed out")
    try:
        async with asyncio.timeout(0.05):
            print("timeout():", await work(0.05))
    except TimeoutError:
        print("timeout(): timed out")
    task = asyncio.create_task(work(0.05))
    done, pending = await asyncio.wait([task], timeout=0.05)
    print("wait:", len(done), "done,", len(pending), "pending")
    await task
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(0.02)
            print("timeout(): two steps:", await work(0.03))
    except TimeoutError:
        print("timeout(): two steps timed out")


asyncio.run(main())
