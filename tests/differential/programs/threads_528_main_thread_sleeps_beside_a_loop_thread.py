"""While asyncio.run ticks in another thread, the main thread's blocking time.sleep() blocks only the main
thread: the loop's ticks go on, and the main thread wakes between them.  The main thread waits (spinning, not
blocked) until the loop runs before it sleeps: a sleep begun before the loop started would be measured from
another moment, and a loaded machine that starts the thread 0.1 s late would print "main thread awake" first."""
import asyncio
import threading
import time

loop_running = threading.Event()


async def ticker():
    loop_running.set()
    for i in range(3):
        await asyncio.sleep(0.2)
        print("tick", i)


thread = threading.Thread(target=asyncio.run, args=(ticker(),))
thread.start()
while not loop_running.is_set():
    pass
time.sleep(0.3)
print("main thread awake, loop thread alive:", thread.is_alive())
thread.join()
print("main thread joined")
