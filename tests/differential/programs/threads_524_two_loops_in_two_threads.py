"""Two threads, each with its own event loop (asyncio.run): the loops run side by side, so their timers
interleave in time order; the main thread joins both."""
import asyncio
import threading


async def ticker(name, start, period, ticks):
    await asyncio.sleep(start)
    for i in range(ticks):
        print(f"{name} tick {i}")
        await asyncio.sleep(period)


threads = [threading.Thread(target=asyncio.run, args=(ticker("A", 0.1, 0.2, 3),)),
           threading.Thread(target=asyncio.run, args=(ticker("B", 0.2, 0.2, 3),))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("both loops finished")
