"""Tutorial: a sensor thread pushes readings into an asyncio.Queue; a consumer averages them until a sentinel."""
import asyncio
import threading
import time


def sensor(loop, queue, readings):
    for value in readings:
        time.sleep(0.05)
        asyncio.run_coroutine_threadsafe(queue.put(value), loop).result()
    asyncio.run_coroutine_threadsafe(queue.put(None), loop).result()


async def consumer(queue):
    total = count = 0
    while (value := await queue.get()) is not None:
        total += value
        count += 1
        print(f"reading {value}, running average {total / count:.2f}")
    return count


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue(maxsize=2)
    thread = threading.Thread(target=sensor, args=(loop, queue, [3, 5, 4, 8]))
    thread.start()
    print("consumed", await consumer(queue), "readings")
    await asyncio.to_thread(thread.join)
    print("sensor thread alive:", thread.is_alive())

asyncio.run(main())
