"""A thread completes an asyncio Future through call_soon_threadsafe (setting it directly is not thread-safe)."""
import asyncio
import threading
import time


def compute(loop, future, value):
    time.sleep(0.3)
    loop.call_soon_threadsafe(future.set_result, value * 2)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    future = loop.create_future()
    threading.Thread(target=compute, args=(loop, future, 21)).start()
    print("waiting; done?", future.done())
    print("result:", await future, "after", round(loop.time() - start, 1))

asyncio.run(main())
