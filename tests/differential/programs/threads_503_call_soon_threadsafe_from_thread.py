"""A plain thread hands its result to the loop with call_soon_threadsafe."""
import asyncio
import threading
import time


def producer(loop, future, queue):
    for i in range(3):
        time.sleep(0.1)
        loop.call_soon_threadsafe(queue.put_nowait, i)
    loop.call_soon_threadsafe(future.set_result, "producer finished")


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    queue = asyncio.Queue()
    thread = threading.Thread(target=producer, args=(loop, future, queue))
    thread.start()
    for _ in range(3):
        print("got", await queue.get())
    print(await future)
    thread.join()

asyncio.run(main())
