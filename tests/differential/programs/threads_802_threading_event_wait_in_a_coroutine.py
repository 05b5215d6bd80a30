"""A coroutine waits on a threading.Event (not an asyncio one) that a thread sets after sleeping: wait() blocks
the loop until the thread sets it, then the coroutine goes on."""
import asyncio
import threading
import time

ev = threading.Event()


def worker():
    time.sleep(0.3)
    print("worker sets")
    ev.set()


async def main():
    threading.Thread(target=worker).start()
    await asyncio.sleep(0.1)
    print("waiting", ev.wait())
    await asyncio.sleep(0.1)
    print("end")


asyncio.run(main())
