"""A thread blocks on a plain threading.Lock that a coroutine holds and releases after a sleep: the loop's
timer still fires while the thread waits, and the thread gets the lock once it is released."""
import asyncio
import threading

lock = threading.Lock()


def worker():
    with lock:
        print("worker: got the lock")


async def main():
    lock.acquire()
    thread = threading.Thread(target=worker)
    thread.start()
    await asyncio.sleep(0.2)
    print("main: releasing the lock")
    lock.release()
    await asyncio.to_thread(thread.join)
    print("main: worker finished")


asyncio.run(main())
