"""A loop runs forever in a thread; the main thread submits coroutines with run_coroutine_threadsafe and
waits for their results, while a ticker task keeps running on that loop; join(timeout) gives up before the
loop stops, join() waits for it."""
import asyncio
import threading

loop = asyncio.new_event_loop()


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("tick", i)


async def slow_double(x):
    await asyncio.sleep(0.4)
    return 2 * x


def run_loop():
    asyncio.set_event_loop(loop)
    loop.create_task(ticker())
    loop.run_forever()
    print("loop stopped")


thread = threading.Thread(target=run_loop)
thread.start()
print("result:", asyncio.run_coroutine_threadsafe(slow_double(21), loop).result())
loop.call_soon_threadsafe(lambda: loop.call_later(0.5, loop.stop))
thread.join(0.05)
print("alive after join(0.05):", thread.is_alive())
thread.join()
print("alive after join():", thread.is_alive())
loop.close()
