"""wait_for gives up on a thread, but asyncio.run's shutdown_default_executor waits for it."""
import asyncio
import time


def slow():
    time.sleep(1)
    print("slow job finished")


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), timeout=0.3)
    except asyncio.TimeoutError:
        print("gave up waiting")
    print("main returns")

asyncio.run(main())
print("after asyncio.run")
