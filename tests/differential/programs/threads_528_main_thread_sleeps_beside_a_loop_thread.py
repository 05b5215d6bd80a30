"""While asyncio.run ticks in another thread, the main thread's blocking time.sleep() blocks only the main
thread: the loop's ticks go on, and the main thread wakes between them."""
import asyncio
import threading
import time


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.2)
        print("tick", i)


thread = threading.Thread(target=asyncio.run, args=(ticker(),))
thread.start()
time.sleep(0.3)
print("main thread awake, loop thread alive:", thread.is_alive())
thread.join()
print("main thread joined")
