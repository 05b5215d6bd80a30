"""The classic mistake: loop.call_soon (not call_soon_threadsafe) from another thread queues the callback but
does not wake the loop, which sleeps on until its timer is due; then the callback runs first in that iteration,
before the task the timer wakes. call_soon_threadsafe from a thread wakes the loop at once."""
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    for method in ("call_soon", "call_soon_threadsafe"):
        start = loop.time()

        def callback(method=method, start=start):
            print(method, "callback at", round(loop.time() - start, 1))

        timer = threading.Timer(0.1, getattr(loop, method), args=(callback,))
        timer.start()
        await asyncio.sleep(1.0)
        print(method, "main woke at", round(loop.time() - start, 1))
        timer.join()


asyncio.run(main())
