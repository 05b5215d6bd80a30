"""asyncio.to_thread: a blocking time.sleep in a worker does not stop the loop's ticker."""
import asyncio
import time


def blocking_io(seconds):
    time.sleep(seconds)
    return f"slept {seconds}"


async def ticker():
    for i in range(4):
        await asyncio.sleep(0.25)
        print("tick", i)


async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(blocking_io, 0.6))
    await t
    print("done")

asyncio.run(main())
