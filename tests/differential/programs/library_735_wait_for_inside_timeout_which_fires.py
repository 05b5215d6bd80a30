"""wait_for(…, 0.3) inside asyncio.timeout(0.2): the outer timeout fires first, and it is the outer one
that reports TimeoutError; with the deadlines swapped the inner wait_for's TimeoutError is caught inside."""
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2):
            try:
                await asyncio.wait_for(asyncio.sleep(1), 0.3)
            except TimeoutError:
                print("inner wait_for timed out")
    except TimeoutError:
        print("outer timeout")
    try:
        async with asyncio.timeout(0.3):
            try:
                await asyncio.wait_for(asyncio.sleep(1), 0.2)
            except TimeoutError:
                print("inner wait_for timed out")
            await asyncio.sleep(0.05)
            print("still inside outer")
    except TimeoutError:
        print("outer timeout")

asyncio.run(main())
