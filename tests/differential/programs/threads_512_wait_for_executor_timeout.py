"""wait_for on a job in a thread: the timeout cancels the asyncio future, but the thread runs on to the end."""
import asyncio
import time

finished = []


def slow(n):
    time.sleep(0.5)
    finished.append(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(loop.run_in_executor(None, slow, 1), timeout=0.2)
    except asyncio.TimeoutError:
        print("timed out after", round(loop.time() - start, 1), "finished so far:", finished)
    await asyncio.sleep(0.5)
    print("later, finished:", finished)

asyncio.run(main())
