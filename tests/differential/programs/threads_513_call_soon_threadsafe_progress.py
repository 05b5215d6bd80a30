"""A worker thread reports progress to the loop with call_soon_threadsafe; a queue collects it."""
import asyncio
import threading
import time


def crunch(loop, queue, steps):
    for step in range(steps):
        time.sleep(0.1)
        loop.call_soon_threadsafe(queue.put_nowait, f"step {step + 1}/{steps}")
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    worker = threading.Thread(target=crunch, args=(loop, queue, 4))
    worker.start()
    while (message := await queue.get()) is not None:
        print("progress:", message)
    worker.join()
    print("worker finished")

asyncio.run(main())
