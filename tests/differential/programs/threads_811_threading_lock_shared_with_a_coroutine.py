"""A threading.Lock shared by a thread and a coroutine: the thread holds it through a 0.3 s sleep, and the
coroutine's `with lock:` blocks the whole loop until the thread lets go."""
import asyncio
import threading
import time

lock = threading.Lock()


def worker():
    with lock:
        time.sleep(0.3)
        print("worker releases")


async def main():
    t = threading.Thread(target=worker)
    t.start()
    await asyncio.sleep(0.1)
    with lock:
        print("coroutine got the lock")
    t.join()


asyncio.run(main())
