"""The main thread waits on a threading.Event that a coroutine in the loop's thread sets after a sleep: a
common way to wait until a background loop is ready."""
import asyncio
import threading

ready = threading.Event()


async def service():
    await asyncio.sleep(0.1)
    print("service: ready")
    ready.set()
    await asyncio.sleep(0.3)
    print("service: stopping")


thread = threading.Thread(target=asyncio.run, args=(service(),))
thread.start()
ready.wait()
print("main: the service is ready; set:", ready.is_set())
thread.join()
print("main: joined")
