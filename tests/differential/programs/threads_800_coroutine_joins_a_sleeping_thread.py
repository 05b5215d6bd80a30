"""A coroutine starts a thread that sleeps, then joins it straight away (no to_thread): the join blocks the loop,
so the ticker misses its 0.1 s turn while the thread sleeps its 0.3 s, and catches up once the join returns."""
import asyncio
import threading
import time


def worker():
    time.sleep(0.3)
    print("worker done")


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    th = threading.Thread(target=worker)
    th.start()
    th.join()
    print("joined")
    await t


asyncio.run(main())
