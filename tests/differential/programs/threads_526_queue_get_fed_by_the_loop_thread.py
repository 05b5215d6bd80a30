"""A loop in a thread hands results to the main thread through a queue.Queue: the main thread's blocking
get() returns each item as the loop puts it, then the sentinel."""
import asyncio
import queue
import threading

results = queue.Queue()


async def produce():
    for delay in (0.3, 0.1, 0.2):
        await asyncio.sleep(delay)
        results.put(f"waited {delay}")
    results.put(None)


thread = threading.Thread(target=asyncio.run, args=(produce(),))
thread.start()
while (item := results.get()) is not None:
    print("main got:", item)
thread.join()
print("producer loop finished")
